import type { CallRecord } from '../schema';

/** A call "running" longer than this was never ended: the agent must say when it really ended. */
export const STALE_AFTER_SECONDS = 12 * 60 * 60;

/** What a live card needs of a record. */
export type LiveCallFields = Pick<CallRecord, 'call_started_at' | 'call_ended_at' | 'completion_status'>;

/** How a card shows a call: ticking, ended, or "not ended" (live on paper, long over in fact). */
export type LiveState = 'running' | 'stale' | 'ended';

/** The start as epoch milliseconds, or null when the record has none the app can read. */
export function startedAt(call: Pick<CallRecord, 'call_started_at'>): number | null {
  const start = typeof call.call_started_at === 'string' ? Date.parse(call.call_started_at) : Number.NaN;
  return Number.isNaN(start) ? null : start;
}

/** A call is live while it has a start and neither an end nor an outcome. */
export function isLive(call: LiveCallFields): boolean {
  return startedAt(call) !== null && (call.call_ended_at ?? null) === null && (call.completion_status ?? null) === null;
}

/** Whole seconds since the start; 0 for a start still ahead (clocks differ a little). */
export function elapsedSeconds(call: Pick<CallRecord, 'call_started_at'>, now: number): number {
  const start = startedAt(call);
  return start === null ? 0 : Math.max(0, Math.floor((now - start) / 1000));
}

export function liveState(call: LiveCallFields, now: number): LiveState {
  if (!isLive(call)) return 'ended';
  return elapsedSeconds(call, now) > STALE_AFTER_SECONDS ? 'stale' : 'running';
}

export function isStale(call: LiveCallFields, now: number): boolean {
  return liveState(call, now) === 'stale';
}
