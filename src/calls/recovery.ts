import { createCallChecked } from './api';
import type { CreateCallInput, StoredCall } from './api';
import { isOutcomeUnknown, toCallApiError } from './errors';
import { findTicketCalls } from './findTicketCalls';
import { sameInstant } from './input/time';
import { fieldsNotKept } from './notKept';
import type { CallCreate, CallRecord } from './schema';
import type { Transport } from './transport';

/**
 * After a create failed without a clear answer (dropped connection, timeout,
 * 5xx), Zendesk may still have stored the call. Looks for it on the ticket,
 * so that trying again does not log the same call twice.
 */
export async function findCreatedCall(
  transport: Transport,
  ticketId: number,
  sent: CallCreate,
): Promise<CallRecord | null> {
  const { calls } = await findTicketCalls(transport, ticketId);
  return (
    calls.find(
      (call) =>
        call.app_id === sent.app_id &&
        call.direction === sent.direction &&
        call.from_line === sent.from_line &&
        call.to_line === sent.to_line &&
        typeof call.call_started_at === 'string' &&
        sameInstant(call.call_started_at, sent.call_started_at),
    ) ?? null
  );
}

/** `notKept`: the fields sent that the stored record lacks (see fieldsNotKept). */
export interface CreatedCall extends StoredCall {
  /** Zendesk stored it although its answer to the create was lost */
  recovered: boolean;
}

/**
 * Creates a call; when the answer is lost (dropped connection, timeout, 5xx)
 * looks on the ticket for the call before reporting a failure, so that the
 * agent's "try again" never logs the same call twice.
 */
export async function createCallOnce(transport: Transport, input: CreateCallInput): Promise<CreatedCall> {
  try {
    return { ...(await createCallChecked(transport, input)), recovered: false };
  } catch (error) {
    const failure = toCallApiError(error);
    const ticketId = input.call.ticket_id;
    if (!isOutcomeUnknown(failure.problem) || typeof ticketId !== 'number') throw failure;
    const found = await findCreatedCall(transport, ticketId, input.call).catch(() => null);
    if (found === null) throw failure;
    return { call: found, notKept: fieldsNotKept(input.call, found), recovered: true };
  }
}
