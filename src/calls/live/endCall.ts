import type { COMPLETION_STATUSES } from '../fields';
import type { CallRecord } from '../schema';
import { callUpdateSchema } from '../writeSchema';
import type { CallUpdate } from '../writeSchema';
import { validateBody } from '../send';
import { startedAt } from './clock';
import { holdSeconds, holdStatistics } from './holds';
import type { Holds } from './holds';

export type CompletionStatus = (typeof COMPLETION_STATUSES)[number];

/** Longest wrap-up the app records: after this the End-call time kept for it is not believable. */
const MAX_WRAP_UP_SECONDS = 24 * 60 * 60;

/** ISO 8601 in UTC, whole seconds, the way the API writes instants. */
function isoSeconds(ms: number): string {
  return new Date(ms).toISOString().replace(/\.\d{3}Z$/, 'Z');
}

/**
 * The one PATCH that ends a live call at `end` (now, or the real end the
 * agent gave for a stale call): end time, duration, hold and talk time from
 * the hold segments (an open hold ends with the call), and the outcome.
 * Throws CallApiError ('invalid', per field) for what no call can be.
 */
export function endCallChanges(
  call: Pick<CallRecord, 'call_started_at'>,
  holds: Holds,
  end: number,
  completionStatus: CompletionStatus = 'completed',
): CallUpdate {
  const start = startedAt(call);
  if (start === null) {
    return validateBody(callUpdateSchema, {
      call_ended_at: isoSeconds(end),
      completion_status: completionStatus,
    });
  }
  // Whole seconds, and never before the start, so duration ≤ end − start holds in the stored record.
  const endedAt = Math.max(Math.floor(end / 1000) * 1000, Math.ceil(start / 1000) * 1000);
  const duration = Math.floor((endedAt - start) / 1000);
  // Holds are counted to the real end, as the card counted them: cutting the end to whole seconds must not cut a hold.
  const holdsUntil = Math.max(end, start);
  const hold = Math.min(duration, holdSeconds(holds, holdsUntil, start));
  const { count, longest } = holdStatistics(holds, start, holdsUntil);
  return validateBody(callUpdateSchema, {
    call_ended_at: isoSeconds(endedAt),
    duration,
    hold_time: hold,
    talk_time: duration - hold,
    number_of_holds: count,
    longest_hold_time: Math.min(longest, hold),
    completion_status: completionStatus,
  });
}

/** What the wrap-up panel asks for; an empty text means "not given", never "clear it". */
export interface WrapUpValues {
  completion_status?: CompletionStatus;
  call_disposition?: string;
  transcript?: string;
  recording_url?: string;
}

type WrapUpStored = Pick<CallRecord, 'completion_status' | 'call_disposition' | 'transcript' | 'recording_url'>;

/**
 * The wrap-up's PATCH: `wrap_up_time` from End call (`endedAt`, null when
 * the app no longer knows it) to Save (`now`), and each wrap-up field given
 * and different from the record's. Throws CallApiError for a bad value
 * (a recording link that is not a web address).
 */
export function wrapUpChanges(
  { call, values }: { call: WrapUpStored; values: WrapUpValues },
  endedAt: number | null,
  now: number,
): CallUpdate {
  const changes: Record<string, unknown> = {};
  const given: [keyof WrapUpValues, string | undefined][] = [
    ['completion_status', values.completion_status],
    ['call_disposition', values.call_disposition?.trim()],
    // Notes are kept as typed: their line breaks and indents are the agent's.
    ['transcript', values.transcript?.trim() === '' ? undefined : values.transcript],
    ['recording_url', values.recording_url?.trim()],
  ];
  for (const [name, value] of given) {
    if (value !== undefined && value !== '' && value !== call[name]) changes[name] = value;
  }
  if (endedAt !== null) {
    const seconds = Math.max(0, Math.floor((now - endedAt) / 1000));
    if (seconds <= MAX_WRAP_UP_SECONDS) changes.wrap_up_time = seconds;
  }
  return validateBody(callUpdateSchema, changes);
}
