// GET /api/v2/tickets/{id} and GET /api/v2/tickets/{id}/comments.

import type { SandboxTicket } from '../../shared/types.ts';
import { ticketComments, toApiComment } from '../comments.ts';
import { paginate } from '../pagination.ts';
import type { RouteContext } from '../request.ts';
import { json, recordNotFound, type ApiResponse } from '../responses.ts';

export function toApiTicket(ticket: SandboxTicket, baseUrl: string): Record<string, unknown> {
  return {
    url: `${baseUrl}/api/v2/tickets/${ticket.id}.json`,
    id: ticket.id,
    external_id: null,
    via: { channel: ticket.via_channel, source: { from: {}, to: {}, rel: null } },
    created_at: ticket.created_at,
    updated_at: ticket.updated_at,
    type: ticket.type,
    subject: ticket.subject,
    raw_subject: ticket.subject,
    description: ticket.description,
    priority: ticket.priority,
    status: ticket.status,
    recipient: null,
    requester_id: ticket.requester_id,
    submitter_id: ticket.submitter_id,
    assignee_id: ticket.assignee_id,
    organization_id: null,
    group_id: null,
    collaborator_ids: [],
    follower_ids: [],
    email_cc_ids: [],
    problem_id: null,
    has_incidents: false,
    is_public: true,
    due_at: null,
    tags: [...ticket.tags],
    custom_fields: [],
    fields: [],
    satisfaction_rating: null,
    brand_id: ticket.brand_id,
    allow_channelback: false,
    allow_attachments: true,
    from_messaging_channel: false,
  };
}

export function showTicket(context: RouteContext, ticketId: number): ApiResponse {
  const ticket = context.store.ticket(ticketId);
  return ticket ? json(200, { ticket: toApiTicket(ticket, context.baseUrl) }) : recordNotFound();
}

export function listTicketComments(context: RouteContext, ticketId: number): ApiResponse {
  const { store, request, baseUrl } = context;
  if (!store.ticket(ticketId)) return recordNotFound();
  const comments = ticketComments(store.state.comments, ticketId);
  const result = paginate(comments, request.query, `${baseUrl}/api/v2/tickets/${ticketId}/comments.json`);
  switch (result.kind) {
    case 'error':
      return result.response;
    case 'cursor': {
      const { items, meta, links } = result.page;
      return json(200, { comments: items.map(toApiComment), meta, links });
    }
    case 'offset': {
      const { items, next_page, previous_page, count } = result.page;
      return json(200, { comments: items.map(toApiComment), next_page, previous_page, count });
    }
  }
}
