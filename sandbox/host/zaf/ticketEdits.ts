// client.set() on ticket fields: changes the ticket as the agent sees it,
// unsaved, like the agent UI does. Only the obvious fields are settable.

import { TICKET_PRIORITIES, TICKET_STATUSES, TICKET_TYPES } from '../../shared/ticketFields';
import type { SandboxTicket } from '../../shared/types';
import type { ZafError } from './rpc';

export type TicketEdit = { ok: true; ticket: SandboxTicket } | { ok: false; error: ZafError };

function refuse(path: string, why: string): TicketEdit {
  return { ok: false, error: { name: 'InvalidValue', message: `${path}: ${why}` } };
}

function isOneOf<T extends string>(value: unknown, allowed: readonly T[]): value is T {
  return typeof value === 'string' && (allowed as readonly string[]).includes(value);
}

/** Applies `value` to a copy of the ticket. */
export function editTicket(ticket: SandboxTicket, path: string, value: unknown): TicketEdit {
  switch (path) {
    case 'ticket.subject':
      return typeof value === 'string'
        ? { ok: true, ticket: { ...ticket, subject: value } }
        : refuse(path, 'must be a string');
    case 'ticket.status':
      return isOneOf(value, TICKET_STATUSES)
        ? { ok: true, ticket: { ...ticket, status: value } }
        : refuse(path, `must be one of ${TICKET_STATUSES.join(', ')}`);
    case 'ticket.priority':
      return isOneOf(value, TICKET_PRIORITIES)
        ? { ok: true, ticket: { ...ticket, priority: value } }
        : refuse(path, `must be one of ${TICKET_PRIORITIES.join(', ')}`);
    case 'ticket.type':
      return isOneOf(value, TICKET_TYPES)
        ? { ok: true, ticket: { ...ticket, type: value } }
        : refuse(path, `must be one of ${TICKET_TYPES.join(', ')}`);
    case 'ticket.tags':
      return Array.isArray(value) && value.every((tag) => typeof tag === 'string')
        ? { ok: true, ticket: { ...ticket, tags: value } }
        : refuse(path, 'must be an array of strings');
    default:
      return {
        ok: false,
        error: { name: 'APIUnavailable', message: `"${path}" cannot be set in the Zendesk sandbox` },
      };
  }
}
