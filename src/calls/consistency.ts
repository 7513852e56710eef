import { CALL_FIELDS, CALL_FIELD_NAMES } from './fields';
import type { CallFieldName } from './fields';

/** No call lasts longer than a day: a longer duration is a typo or a call nobody ended. */
export const MAX_DURATION_SECONDS = 24 * 60 * 60;
/** How far ahead of this machine's clock a start may be (clocks differ; calls do not start tomorrow). */
export const START_AHEAD_TOLERANCE_MS = 5 * 60 * 1000;

export interface ConsistencyIssue {
  path: CallFieldName;
  /** Translation key of what is wrong */
  message: string;
}

const DURATION_FIELDS = CALL_FIELD_NAMES.filter((name) => CALL_FIELDS[name].type.kind === 'duration');

function instant(value: unknown): number | null {
  const time = typeof value === 'string' ? Date.parse(value) : Number.NaN;
  return Number.isNaN(time) ? null : time;
}

function seconds(value: unknown): number | null {
  return typeof value === 'number' && Number.isFinite(value) ? value : null;
}

/**
 * What no call can be, among the values given (API values: ISO instants,
 * whole seconds; absent, null or unreadable values are not judged here):
 * an end before the start, a start in the future, a duration over a day or
 * longer than the call, hold plus talk longer than the duration.
 */
export function impossibleValues(
  call: Readonly<Partial<Record<CallFieldName, unknown>>>,
  now: number = Date.now(),
): ConsistencyIssue[] {
  const issues: ConsistencyIssue[] = [];
  const start = instant(call.call_started_at);
  const end = instant(call.call_ended_at);
  if (start !== null && start > now + START_AHEAD_TOLERANCE_MS) {
    issues.push({ path: 'call_started_at', message: 'errors.startInFuture' });
  }
  if (start !== null && end !== null && end < start) {
    issues.push({ path: 'call_ended_at', message: 'errors.endBeforeStart' });
  }
  for (const name of DURATION_FIELDS) {
    const value = seconds(call[name]);
    if (value !== null && value > MAX_DURATION_SECONDS) issues.push({ path: name, message: 'errors.durationOverDay' });
  }
  const duration = seconds(call.duration);
  if (duration !== null && start !== null && end !== null && end >= start && duration > (end - start) / 1000) {
    issues.push({ path: 'duration', message: 'errors.durationOverCall' });
  }
  const hold = seconds(call.hold_time);
  const talk = seconds(call.talk_time);
  if (duration !== null && hold !== null && talk !== null && hold + talk > duration) {
    issues.push({ path: 'talk_time', message: 'errors.holdAndTalkOverDuration' });
  }
  return issues;
}
