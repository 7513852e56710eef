import { createCall } from '../api';
import { isOutcomeUnknown, toCallApiError } from '../errors';
import type { CallRecord } from '../schema';
import type { Transport } from '../transport';
import { createCaller } from './createCaller';
import { findCallByExternalId } from './findByExternalId';
import { buildTopBarCreate } from './topBarCall';
import type { TopBarCall } from './topBarCall';

/** Who the call is with: a user Zendesk knows, or a new one to create first. */
export type CallerChoice = { kind: 'known'; id: number } | { kind: 'new'; name: string };

/** What a retry must not do again: the user made by an earlier attempt of this draft. */
export interface LogAttempt {
  createdCallerId: number | null;
}

export interface LoggedCall {
  call: CallRecord;
  ticketId: number;
  /** Zendesk stored it although its answer to the create was lost */
  recovered: boolean;
}

/**
 * Logs a top-bar call: creates the caller when new (once per draft: the id is
 * kept in `attempt`), then the call in one POST. When the answer is lost
 * (network, timeout, 5xx), looks for the call by its external_id before
 * reporting the failure, so "try again" never makes a second call or ticket.
 */
export async function logTopBarCall(
  transport: Transport,
  caller: CallerChoice,
  call: Omit<TopBarCall, 'callerId'>,
  attempt: LogAttempt,
): Promise<LoggedCall> {
  let callerId = caller.kind === 'known' ? caller.id : attempt.createdCallerId;
  if (callerId === null && caller.kind === 'new') {
    callerId = await createCaller(transport, caller.name, call.callerPhone);
    attempt.createdCallerId = callerId;
  }
  if (callerId === null) throw new Error('No caller to log the call with');
  const input = buildTopBarCreate({ ...call, callerId });
  try {
    const created = await createCall(transport, input);
    return { call: created, ticketId: ticketOf(created), recovered: false };
  } catch (error) {
    const failure = toCallApiError(error);
    if (!isOutcomeUnknown(failure.problem)) throw failure;
    const where = call.target.kind === 'existing' ? { ticketId: call.target.ticketId } : { requesterId: callerId };
    const found = await findCallByExternalId(transport, where, call.externalId).catch(() => null);
    if (found === null) throw failure;
    return { call: found, ticketId: ticketOf(found), recovered: true };
  }
}

function ticketOf(call: CallRecord): number {
  if (typeof call.ticket_id !== 'number') throw toCallApiError(new Error('Zendesk stored the call without a ticket'));
  return call.ticket_id;
}
