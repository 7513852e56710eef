// The seed's long ticket: 2,000 comments (20 pages of 100) among which 50 voice
// comments name 50 calls, for the sidebar's listing under load. Kept apart from
// seed.ts; its ids sit in ranges of their own so the other seed ids stay put.

import type { CallRecord, SandboxComment, SandboxTicket } from '../shared/types.ts';
import { CALL_FIELD_NAMES } from './callFields.ts';
import { buildTextComment, buildVoiceComment } from './comments.ts';
import { zendeskTime } from './timestamps.ts';

export const LONG_TICKET_SEED = {
  ticketId: 120,
  comments: 2000,
  calls: 50,
  /** The calls' ids: firstCallId, firstCallId + 1, … */
  firstCallId: 16444799097000,
  firstCommentId: 16444826000000,
  firstAuditId: 16444827000000,
} as const;

export interface LongTicketPeople {
  accountId: number;
  appId: number;
  agentId: number;
  requesterId: number;
  brandId: number;
  companyLine: string;
}

const START = Date.parse('2024-04-01T08:00:00Z');
/** A voice comment every 40 comments: 50 of them among 2,000. */
const VOICE_EVERY = LONG_TICKET_SEED.comments / LONG_TICKET_SEED.calls;

function longCall(index: number, people: LongTicketPeople, startedAt: Date): CallRecord {
  const record: CallRecord = {
    id: LONG_TICKET_SEED.firstCallId + index,
    account_id: people.accountId,
    app_id: people.appId,
  };
  for (const name of CALL_FIELD_NAMES) record[name] = null;
  const at = zendeskTime(startedAt);
  return {
    ...record,
    ticket_id: LONG_TICKET_SEED.ticketId,
    agent_id: people.agentId,
    end_user_id: people.requesterId,
    direction: index % 2 === 0 ? 'inbound' : 'outbound',
    from_line: index % 2 === 0 ? '+14155550177' : people.companyLine,
    to_line: index % 2 === 0 ? people.companyLine : '+14155550177',
    call_started_at: at,
    duration: 60 + index,
    completion_status: 'completed',
    created_at: at,
    updated_at: at,
  };
}

/** The long ticket, its 50 calls and its 2,000 comments (oldest first). */
export function longTicketSeed(people: LongTicketPeople, appName: string) {
  const ticket: SandboxTicket = {
    id: LONG_TICKET_SEED.ticketId,
    subject: 'Line keeps dropping: fifty calls so far',
    description: 'The line drops every day; we have been calling back and forth for weeks.',
    status: 'open',
    priority: 'high',
    type: 'problem',
    requester_id: people.requesterId,
    submitter_id: people.requesterId,
    assignee_id: people.agentId,
    brand_id: people.brandId,
    tags: ['phone', 'long-running'],
    via_channel: 'email',
    created_at: zendeskTime(new Date(START)),
    updated_at: zendeskTime(new Date(START + LONG_TICKET_SEED.comments * 30 * 60_000)),
  };
  const calls: CallRecord[] = [];
  const comments: SandboxComment[] = [];
  for (let index = 0; index < LONG_TICKET_SEED.comments; index++) {
    const createdAt = new Date(START + index * 30 * 60_000);
    const id = LONG_TICKET_SEED.firstCommentId + index;
    const auditId = LONG_TICKET_SEED.firstAuditId + index;
    if (index % VOICE_EVERY === VOICE_EVERY - 1) {
      const call = longCall(calls.length, people, createdAt);
      calls.push(call);
      comments.push(
        buildVoiceComment({
          id,
          auditId,
          ticketId: ticket.id,
          call,
          title: `Call ${calls.length} about the dropping line`,
          callFields: ['direction', 'from_line', 'to_line', 'call_started_at', 'duration'],
          requestedAuthorId: null,
          requesterAgentId: people.agentId,
          appName,
          createdAt: zendeskTime(createdAt),
        }),
      );
      continue;
    }
    const fromCustomer = index % 2 === 0;
    comments.push(
      buildTextComment({
        id,
        auditId,
        ticketId: ticket.id,
        authorId: fromCustomer ? people.requesterId : people.agentId,
        body: `#${index + 1}: ${fromCustomer ? 'It dropped again.' : 'Thanks, we are looking into it.'}`,
        isPublic: true,
        createdAt: zendeskTime(createdAt),
      }),
    );
  }
  return { ticket, calls, comments };
}
