// Putting a call on a ticket: the voice comment, and the new ticket Zendesk
// creates when a call with a comment names no ticket.

import type { CallRecord, SandboxTicket, SandboxUser } from '../shared/types.ts';
import type { CommentInput } from './commentInput.ts';
import { buildVoiceComment } from './comments.ts';
import type { SandboxStore } from './store.ts';

function customerLine(call: CallRecord): string {
  const line = call.direction === 'outbound' ? call.to_line : call.from_line;
  return typeof line === 'string' ? line : '';
}

/** The caller's user: named in the request, else found by phone, else created (as Zendesk Talk does). */
function findOrCreateCaller(store: SandboxStore, call: CallRecord, comment: CommentInput): SandboxUser {
  const namedId = comment.endUserId ?? (typeof call.end_user_id === 'number' ? call.end_user_id : null);
  const named = namedId === null ? undefined : store.user(namedId);
  if (named) return named;
  const phone = customerLine(call);
  const byPhone = store.state.users.find(
    (user) => phone !== '' && (user.phone === phone || user.identities.some((identity) => identity.value === phone)),
  );
  if (byPhone) return byPhone;
  const now = store.timestamp();
  const id = store.allocateId();
  const caller: SandboxUser = {
    id,
    name: `Caller ${phone || id}`,
    email: '',
    phone: phone || null,
    role: 'end-user',
    locale: 'en-US',
    time_zone: 'Eastern Time (US & Canada)',
    iana_time_zone: 'America/New_York',
    identities: phone
      ? [{ id: store.allocateId(), type: 'phone_number', value: phone, verified: false, primary: true }]
      : [],
    organization_id: null,
    created_at: now,
    updated_at: now,
  };
  store.state.users.push(caller);
  return caller;
}

/** Creates the ticket for a call that has a comment but no ticket_id, and links the call to it. */
function createTicketForCall(
  store: SandboxStore,
  call: CallRecord,
  comment: CommentInput,
  agentId: number,
): SandboxTicket {
  const caller = findOrCreateCaller(store, call, comment);
  const now = store.timestamp();
  const assignee = comment.displayToAgent ?? (typeof call.agent_id === 'number' ? call.agent_id : null);
  const brandId = typeof call.brand_id === 'number' ? call.brand_id : (store.state.brands[0]?.id ?? 0);
  const line = customerLine(call);
  const ticket: SandboxTicket = {
    id: store.allocateTicketId(),
    subject: comment.subject ?? (call.direction === 'outbound' ? `Call to ${line}` : `Call from ${line}`),
    description: '',
    status: assignee === null ? 'new' : 'open',
    priority: null,
    type: null,
    requester_id: caller.id,
    submitter_id: agentId,
    assignee_id: assignee,
    brand_id: brandId,
    tags: [],
    via_channel: 'voice',
    created_at: now,
    updated_at: now,
  };
  store.state.tickets.push(ticket);
  call.ticket_id = ticket.id;
  return ticket;
}

/** Adds the voice comment for `call` to its ticket and returns it. */
function addVoiceComment(
  store: SandboxStore,
  call: CallRecord,
  ticket: SandboxTicket,
  comment: CommentInput,
  agentId: number,
) {
  const now = store.timestamp();
  const voice = buildVoiceComment({
    id: store.allocateId(),
    auditId: store.allocateId(),
    ticketId: ticket.id,
    call,
    title: comment.title,
    callFields: comment.callFields,
    requestedAuthorId: comment.authorId,
    requesterAgentId: agentId,
    appName: store.appName,
    createdAt: now,
  });
  store.state.comments.push(voice);
  if (ticket.description === '') ticket.description = voice.body;
  ticket.updated_at = now;
  return voice;
}

/**
 * Adds the voice comment for `call` to the call's ticket, first creating the
 * ticket when the call names none. A stored call that gets linked to a new
 * ticket has changed, so its updated_at moves; a call still being created
 * keeps the timestamps it was created with.
 */
export function addCallToTicket(store: SandboxStore, call: CallRecord, comment: CommentInput, agentId: number) {
  const existing = typeof call.ticket_id === 'number' ? store.ticket(call.ticket_id) : undefined;
  const ticket = existing ?? createTicketForCall(store, call, comment, agentId);
  if (!existing && store.state.calls.includes(call)) call.updated_at = store.timestamp();
  return addVoiceComment(store, call, ticket, comment, agentId);
}
