import { createCallChecked } from './api';
import type { CreateCallInput, StoredCall } from './api';
import { isOutcomeUnknown, toCallApiError, waitAskedFor } from './errors';
import { findTicketCalls } from './findTicketCalls';
import { sameInstant } from './input/time';
import { fieldsDropped } from './notKept';
import type { CallRecord } from './schema';
import type { CallCreate } from './writeSchema';
import type { Transport } from './transport';

/**
 * After an ambiguous failure, when to look for the call again (ms after the
 * failure): Zendesk may still be working on a create that outlived the app's
 * timeout, and answers of 35 s have been seen.
 */
export const LOOK_AGAIN_AFTER_MS: readonly number[] = [3_000, 8_000, 15_000, 30_000, 45_000];

/** How a create is recognised on its ticket: by its external_id, and by its values when the agent chose that id. */
export interface CreateIdentity {
  externalId: string;
  /** The app made the id up for this draft (unique); an id the agent typed may repeat, so the values must match too */
  generated: boolean;
}

function isSameCreate(call: CallRecord, sent: CallCreate, identity: CreateIdentity): boolean {
  if (call.external_id !== identity.externalId || call.app_id !== sent.app_id) return false;
  if (identity.generated) return true;
  return (
    call.direction === sent.direction &&
    typeof call.call_started_at === 'string' &&
    sameInstant(call.call_started_at, sent.call_started_at)
  );
}

/**
 * After a create failed without a clear answer (dropped connection, timeout,
 * 5xx), Zendesk may still have stored the call. Looks for it on the ticket by
 * its external_id (the first stored, should there be two), so that trying
 * again does not log the same call twice.
 */
export async function findCreatedCall(
  transport: Transport,
  ticketId: number,
  sent: CallCreate,
  identity: CreateIdentity,
): Promise<CallRecord | null> {
  const { calls } = await findTicketCalls(transport, ticketId);
  const matches = calls.filter((call) => isSameCreate(call, sent, identity)).sort((a, b) => a.id - b.id);
  return matches[0] ?? null;
}

export interface WatchOptions {
  /** When the failure happened (Date.now()); the looks are timed from it */
  since: number;
  delaysMs?: readonly number[];
  signal?: AbortSignal;
  sleep?: (ms: number, signal?: AbortSignal) => Promise<void>;
  now?: () => number;
}

const abortableSleep = (ms: number, signal?: AbortSignal): Promise<void> =>
  new Promise((resolve) => {
    const timer = setTimeout(done, ms);
    function done() {
      clearTimeout(timer);
      signal?.removeEventListener('abort', done);
      resolve();
    }
    signal?.addEventListener('abort', done);
  });

/**
 * Looks for the call at each of `delaysMs` after `since` (a look that fails is
 * just a look that found nothing); null once the last look found nothing, or when aborted.
 */
export async function watchForCreatedCall(
  transport: Transport,
  ticketId: number,
  sent: CallCreate,
  identity: CreateIdentity,
  { since, delaysMs = LOOK_AGAIN_AFTER_MS, signal, sleep = abortableSleep, now = Date.now }: WatchOptions,
): Promise<CallRecord | null> {
  for (const delay of delaysMs) {
    const wait = since + delay - now();
    if (wait > 0) await sleep(wait, signal);
    if (signal?.aborted === true) return null;
    const found = await findCreatedCall(transport, ticketId, sent, identity).catch(() => null);
    if (found !== null) return found;
  }
  return null;
}

/** `notKept`: the fields sent that the stored record lacks (see fieldsNotKept). */
export interface CreatedCall extends StoredCall {
  /** Zendesk stored it although its answer to the create was lost */
  recovered: boolean;
}

/** A call found after a lost answer: only the fields it lacks count as not kept (the agent may have edited since). */
export function recoveredCall(sent: CallCreate, found: CallRecord): CreatedCall {
  return { call: found, notKept: fieldsDropped(sent, found), recovered: true };
}

export interface CreateOnceOptions extends Omit<WatchOptions, 'since'> {
  /** Called when the first look found nothing and the bounded watch begins */
  onChecking?: () => void;
}

/**
 * Creates a call; when the answer is lost (dropped connection, timeout, 5xx)
 * looks on the ticket for the call by its external_id at once and then for a
 * bounded while before reporting the failure, so that the agent's "try again"
 * never logs the same call twice. A 5xx that names a wait (Retry-After) is
 * looked for once: the form then holds its submit for that wait.
 */
export async function createCallOnce(
  transport: Transport,
  input: CreateCallInput,
  identity: CreateIdentity,
  { onChecking, ...watch }: CreateOnceOptions = {},
): Promise<CreatedCall> {
  try {
    return { ...(await createCallChecked(transport, input)), recovered: false };
  } catch (error) {
    const failure = toCallApiError(error);
    const ticketId = input.call.ticket_id;
    if (!isOutcomeUnknown(failure.problem) || typeof ticketId !== 'number') throw failure;
    const since = (watch.now ?? Date.now)();
    const found = await findCreatedCall(transport, ticketId, input.call, identity).catch(() => null);
    if (found !== null) return recoveredCall(input.call, found);
    if (waitAskedFor(failure.problem) !== null) throw failure;
    onChecking?.();
    const late = await watchForCreatedCall(transport, ticketId, input.call, identity, { ...watch, since });
    if (late === null) throw failure;
    return recoveredCall(input.call, late);
  }
}
