// The data client.get() reads, shaped like ZAF's objects (camelCase), built
// from the sandbox's view of the ticket; and lookup of dotted paths in it.

import type { HostView, SandboxBrand, SandboxTicket, SandboxUser } from '../../shared/types';
import type { ColorScheme } from '../scenario';
import { zafTimeZone } from './timeZone';

export interface ZafDataInput {
  view: HostView;
  /** null outside a ticket (the top bar, the home view): then there is no `ticket` path. */
  ticket: SandboxTicket | null;
  agent: SandboxUser;
  scheme: ColorScheme;
  viewport: { width: number; height: number };
  now?: Date;
}

export type ZafObject = Record<string, unknown>;

/** A user as ZAF shows one (ticket.requester, currentUser, ticket.assignee.user). */
export function zafUser(user: SandboxUser, now: Date = new Date()): ZafObject {
  return {
    id: user.id,
    name: user.name,
    email: user.email,
    phone: user.phone,
    role: user.role,
    locale: user.locale,
    timeZone: zafTimeZone(user.time_zone, user.iana_time_zone, now),
    identities: user.identities.map((identity) => ({ ...identity, userId: user.id })),
    avatarUrl: null,
    alias: '',
    details: '',
    notes: '',
    signature: '',
    externalId: null,
    tags: [],
    groups: user.role === 'end-user' ? [] : [{ id: 360000001, name: 'Support' }],
    organizations: [],
    isSystemUser: false,
  };
}

function zafBrand(brand: SandboxBrand | null): ZafObject | null {
  if (!brand) return null;
  return {
    id: brand.id,
    name: brand.name,
    subdomain: brand.subdomain,
    url: `https://${brand.subdomain}.zendesk.com`,
    hasHelpCenter: false,
    isActive: true,
    isDefault: brand.subdomain === 'sandbox',
    logo: null,
  };
}

function zafTicket(input: ZafDataInput, ticket: SandboxTicket, now: Date): ZafObject {
  const userById = (id: number | null) => input.view.users.find((user) => user.id === id);
  const requester = userById(ticket.requester_id);
  const assignee = userById(ticket.assignee_id);
  return {
    id: ticket.id,
    subject: ticket.subject,
    description: ticket.description,
    status: ticket.status,
    priority: ticket.priority,
    type: ticket.type,
    tags: [...ticket.tags],
    createdAt: ticket.created_at,
    updatedAt: ticket.updated_at,
    externalId: null,
    isNew: false,
    requester: requester ? zafUser(requester, now) : null,
    assignee: { user: assignee ? zafUser(assignee, now) : null, group: { id: 360000001, name: 'Support' } },
    brand: zafBrand(input.view.brand),
    via: { channel: ticket.via_channel, source: { from: {}, to: {}, rel: null } },
    organization: null,
    collaborators: [],
  };
}

export function buildZafData(input: ZafDataInput): ZafObject {
  const { view, ticket, agent } = input;
  const now = input.now ?? new Date();
  return {
    ...(ticket ? { ticket: zafTicket(input, ticket, now) } : {}),
    currentUser: zafUser(agent, now),
    currentAccount: {
      subdomain: view.subdomain,
      planName: 'enterprise',
      timeZone: zafTimeZone('Eastern Time (US & Canada)', 'America/New_York', now),
    },
    colorScheme: input.scheme,
    viewport: { size: { width: input.viewport.width, height: input.viewport.height } },
  };
}

export type Lookup = { found: true; value: unknown } | { found: false };

/** Reads "ticket.requester.email" from the data; a missing step is "not found", a null leaf is found. */
export function lookUp(data: ZafObject, path: string): Lookup {
  if (path.trim() === '' || path.includes(':')) return { found: false };
  let current: unknown = data;
  for (const step of path.split('.')) {
    if (typeof current !== 'object' || current === null || !Object.hasOwn(current, step)) return { found: false };
    current = (current as Record<string, unknown>)[step];
  }
  return { found: true, value: current };
}
