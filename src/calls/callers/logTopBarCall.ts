import { createCallChecked } from '../api';
import { isOutcomeUnknown, toCallApiError } from '../errors';
import type { CallFieldName } from '../fields';
import { fieldsNotKept } from '../notKept';
import type { CallRecord } from '../schema';
import type { Transport } from '../transport';
import { createCaller } from './createCaller';
import { findCallByExternalId } from './findByExternalId';
import { buildTopBarCreate } from './topBarCall';
import type { TopBarCall } from './topBarCall';

/** Who the call is with: a user Zendesk knows, or a new one to create first. */
export type CallerChoice = { kind: 'known'; id: number } | { kind: 'new'; name: string };

/** Where a create put the call: its ticket, or (a new ticket) among the caller's newest. */
export type CreatedCallPlace = { ticketId: number } | { requesterId: number };

/** What a retry must not do again: the user made by an earlier attempt of this draft, and a create already sent. */
export interface LogAttempt {
  createdCallerId: number | null;
  /**
   * Where a create of this draft was sent without its answer seen (maybe by a page since
   * reloaded): look there before sending another; null when none is out.
   */
  sentTo: CreatedCallPlace | null;
}

export interface LoggedCall {
  call: CallRecord;
  ticketId: number;
  /** Zendesk stored it although its answer to the create was lost */
  recovered: boolean;
  /** The call fields sent */
  sent: string[];
  /** Those of them the stored record lacks: Zendesk dropped them without an error */
  notKept: CallFieldName[];
}

function placeOf(target: TopBarCall['target'], callerId: number): CreatedCallPlace {
  return target.kind === 'existing' ? { ticketId: target.ticketId } : { requesterId: callerId };
}

/**
 * Logs a top-bar call: creates the caller when new (once per draft: the id is
 * kept in `attempt`), then the call in one POST. When the answer is lost
 * (network, timeout, 5xx), looks for the call by its external_id before
 * reporting the failure, and again before a later attempt sends it again (also
 * after a reload, when `attempt` was kept), so "try again" never makes a second
 * call or ticket. `keep` is told of every change to `attempt` before the request
 * that follows it goes out.
 */
export async function logTopBarCall(
  transport: Transport,
  caller: CallerChoice,
  call: Omit<TopBarCall, 'callerId'>,
  attempt: LogAttempt,
  keep: (attempt: LogAttempt) => void = () => undefined,
): Promise<LoggedCall> {
  let callerId = caller.kind === 'known' ? caller.id : attempt.createdCallerId;
  if (callerId === null && caller.kind === 'new') {
    callerId = await createCaller(transport, caller.name, call.callerPhone);
    attempt.createdCallerId = callerId;
    keep(attempt);
  }
  if (callerId === null) throw new Error('No caller to log the call with');
  const input = buildTopBarCreate({ ...call, callerId });
  const sent = Object.keys(input.call);
  const recovered = (found: CallRecord): LoggedCall => ({
    call: found,
    ticketId: ticketOf(found),
    recovered: true,
    sent,
    notKept: fieldsNotKept(input.call, found),
  });
  if (attempt.sentTo !== null) {
    // Where the earlier create went, even if the agent has picked another ticket since.
    // A lookup that fails says nothing: the create below is then the agent's explicit retry.
    const earlier = await findCallByExternalId(transport, attempt.sentTo, call.externalId).catch(() => null);
    if (earlier !== null) return recovered(earlier);
  }
  const place = placeOf(call.target, callerId);
  attempt.sentTo = place;
  keep(attempt);
  try {
    const created = await createCallChecked(transport, input);
    return { call: created.call, ticketId: ticketOf(created.call), recovered: false, sent, notKept: created.notKept };
  } catch (error) {
    const failure = toCallApiError(error);
    if (!isOutcomeUnknown(failure.problem)) {
      // Zendesk answered (a 422, a 429): nothing was stored, and a retry need not look for it.
      attempt.sentTo = null;
      keep(attempt);
      throw failure;
    }
    const found = await findCallByExternalId(transport, place, call.externalId).catch(() => null);
    if (found === null) throw failure;
    return recovered(found);
  }
}

function ticketOf(call: CallRecord): number {
  if (typeof call.ticket_id !== 'number') throw toCallApiError(new Error('Zendesk stored the call without a ticket'));
  return call.ticket_id;
}
