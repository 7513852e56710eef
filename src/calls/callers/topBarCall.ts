import type { CreateCallInput } from '../api';
import type { CallFieldName, Direction } from '../fields';
import { callCreateSchema, voiceCommentInputSchema } from '../writeSchema';
import { validateBody } from '../send';

/** Where the call goes: a new ticket (Zendesk makes it in the same request) or one of the caller's. */
export type TicketTarget = { kind: 'new'; subject: string } | { kind: 'existing'; ticketId: number };

export interface TopBarCall {
  appId: number;
  agentId: number;
  callerId: number;
  /** The caller's number, E.164 */
  callerPhone: string;
  /** The company's line from the settings, E.164, or null when unset */
  companyLine: string | null;
  direction: Direction;
  target: TicketTarget;
  /** The voice comment's title, as the sidebar words it */
  title: string;
  commentFields: readonly CallFieldName[];
  /** One per draft, kept across retries, so a create whose answer was lost can be found again */
  externalId: string;
  /** ISO 8601 */
  startedAt: string;
}

/**
 * The body of POST /api/v2/calls from the top bar. Without a ticket_id and
 * with a comment holding a subject, Zendesk creates the ticket (the caller
 * as requester), the record and the voice comment in one request.
 */
export function buildTopBarCreate(input: TopBarCall): CreateCallInput {
  const company = input.companyLine ?? '';
  const lines =
    input.direction === 'inbound'
      ? { from_line: input.callerPhone, to_line: company }
      : { from_line: company, to_line: input.callerPhone };
  const call = validateBody(callCreateSchema, {
    app_id: input.appId,
    direction: input.direction,
    ...lines,
    call_started_at: input.startedAt,
    agent_id: input.agentId,
    end_user_id: input.callerId,
    external_id: input.externalId,
    ...(input.target.kind === 'existing' ? { ticket_id: input.target.ticketId } : {}),
  });
  const comment = validateBody(voiceCommentInputSchema, {
    title: input.title.trim(),
    call_fields: [...input.commentFields],
    author_id: input.agentId,
    ...(input.target.kind === 'new'
      ? { subject: input.target.subject.trim(), display_to_agent: input.agentId, end_user_id: input.callerId }
      : {}),
  });
  return { call, comment };
}
