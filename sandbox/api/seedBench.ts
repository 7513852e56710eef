// Tickets for the bench's request budgets: 1, 5 and 30 logged calls (ticket 901, 905, 930;
// 930's 150 comments fill two pages of 100). Kept apart from seed.ts so both grow without conflicts.

import type { CallRecord, SandboxComment, SandboxState, SandboxTicket } from '../shared/types.ts';
import { CALL_FIELD_NAMES } from './callFields.ts';
import { buildTextComment, buildVoiceComment } from './comments.ts';
import { zendeskTime } from './timestamps.ts';

export const BENCH_SEED = {
  /** Ticket id → how many calls it has; its comments are a description, one voice comment per call, filler. */
  tickets: { oneCall: 901, fiveCalls: 905, thirtyCalls: 930 },
  callsOn: { 901: 1, 905: 5, 930: 30 } as Readonly<Record<number, number>>,
  /** Comments on each ticket, voice comments included */
  commentsOn: { 901: 2, 905: 6, 930: 150 } as Readonly<Record<number, number>>,
  firstCallId: 16444799096000,
  firstCommentId: 16444828000000,
  firstAuditId: 16444828500000,
} as const;

const REQUESTER = 16444700000101;
const AGENT = 1568991111;
const COMPANY_LINE = '+18005550199';
const APP_ID = 1003048;
const ACCOUNT_ID = 9876543;
const BRAND = 360001234567;
const START = Date.parse('2024-04-01T08:00:00Z');

function benchTicket(id: number, calls: number): SandboxTicket {
  return {
    id,
    subject: `Bench: a ticket with ${calls} call${calls === 1 ? '' : 's'}`,
    description: 'The customer calls about their order.',
    status: 'open',
    priority: 'normal',
    type: 'question',
    requester_id: REQUESTER,
    submitter_id: REQUESTER,
    assignee_id: AGENT,
    brand_id: BRAND,
    tags: ['bench'],
    via_channel: 'email',
    created_at: zendeskTime(new Date(START)),
    updated_at: zendeskTime(new Date(START)),
  };
}

function benchCall(id: number, ticketId: number, index: number): CallRecord {
  const record: CallRecord = { id, account_id: ACCOUNT_ID, app_id: APP_ID };
  for (const name of CALL_FIELD_NAMES) record[name] = null;
  const startedAt = zendeskTime(new Date(START + (index + 1) * 3_600_000));
  return {
    ...record,
    ticket_id: ticketId,
    agent_id: AGENT,
    end_user_id: REQUESTER,
    from_line: '+14155550123',
    to_line: COMPANY_LINE,
    direction: index % 2 === 0 ? 'inbound' : 'outbound',
    call_started_at: startedAt,
    duration: 60 + index,
    completion_status: 'completed',
    created_at: startedAt,
    updated_at: startedAt,
  };
}

/** The seed with the bench's tickets, their calls and comments added; every other id unchanged. */
export function withBenchTickets(state: SandboxState, appName: string): SandboxState {
  const tickets: SandboxTicket[] = [];
  const calls: CallRecord[] = [];
  const comments: SandboxComment[] = [];
  let callId: number = BENCH_SEED.firstCallId;
  let commentId: number = BENCH_SEED.firstCommentId;
  let auditId: number = BENCH_SEED.firstAuditId;
  for (const id of Object.values(BENCH_SEED.tickets)) {
    const callCount = BENCH_SEED.callsOn[id] ?? 0;
    const total = BENCH_SEED.commentsOn[id] ?? 0;
    const ticket = benchTicket(id, callCount);
    tickets.push(ticket);
    const at = (index: number) => zendeskTime(new Date(START + index * 60_000));
    const text = (body: string, index: number) =>
      buildTextComment({
        id: commentId++,
        auditId: auditId++,
        ticketId: id,
        authorId: REQUESTER,
        body,
        isPublic: true,
        createdAt: at(index),
      });
    comments.push(text(ticket.description, 0));
    for (let index = 0; index < callCount; index += 1) {
      const call = benchCall(callId++, id, index);
      calls.push(call);
      comments.push(
        buildVoiceComment({
          id: commentId++,
          auditId: auditId++,
          ticketId: id,
          call,
          title: null,
          callFields: ['direction', 'from_line', 'to_line', 'call_started_at', 'duration'],
          requestedAuthorId: null,
          requesterAgentId: AGENT,
          appName,
          createdAt: at(index + 1),
        }),
      );
    }
    for (let index = callCount + 1; index < total; index += 1) comments.push(text(`Follow-up #${index}`, index));
  }
  return {
    ...state,
    tickets: [...state.tickets, ...tickets],
    calls: [...state.calls, ...calls],
    comments: [...state.comments, ...comments],
  };
}
