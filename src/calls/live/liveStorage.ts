import * as z from 'zod/mini';
import { pageStore } from '../../lib/pageStore';
import { readStored, writeStored } from '../../lib/storedValue';
import type { PageStore } from '../../lib/pageStore';
import type { HoldSegment } from './holds';

/** What the app keeps of a live call between views and reloads: its holds, and when End call was pressed. */
export interface LiveCallState {
  holds: HoldSegment[];
  /** Epoch ms of End call, for the wrap-up time; null until then */
  endedAt: number | null;
}

/** Kept past a stale call's 12 hours and a day of wrap-up; older state is of a call long over. */
export const LIVE_STATE_MAX_AGE_MS = 2 * 24 * 60 * 60 * 1000;

export const EMPTY_LIVE_STATE: LiveCallState = { holds: [], endedAt: null };

const instant = () => z.int().check(z.nonnegative());

const storedSchema = z
  .object({
    savedAt: instant(),
    holds: z.array(z.object({ start: instant(), end: z.nullable(instant()) })),
    endedAt: z.nullable(instant()),
  })
  .check(
    // A hold that ends before it began, or two at once, is not something the app wrote.
    z.refine(({ holds }) => holds.every((hold) => hold.end === null || hold.end >= hold.start)),
    z.refine(({ holds }) => holds.filter((hold) => hold.end === null).length <= 1),
  );

export type LiveStore = PageStore;

/** One key per installation and call: two installations on one account keep their own holds. */
export function liveCallKey(installationId: number | null, callId: number): string {
  return `call-logger:live:${installationId ?? 'dev'}:${callId}`;
}

export function readLiveCall(key: string, now: number = Date.now(), store: LiveStore = pageStore()): LiveCallState {
  const stored = readStored(key, storedSchema, LIVE_STATE_MAX_AGE_MS, now, store);
  return stored === null ? EMPTY_LIVE_STATE : { holds: stored.holds, endedAt: stored.endedAt };
}

/** Keeps the state; an empty one (no holds, not ended) is removed rather than kept. */
export function writeLiveCall(
  key: string,
  state: LiveCallState,
  now: number = Date.now(),
  store: LiveStore = pageStore(),
): void {
  const empty = state.holds.length === 0 && state.endedAt === null;
  writeStored(key, empty ? null : { holds: state.holds, endedAt: state.endedAt }, now, store);
}

/** After the wrap-up is saved, nothing of the live call needs keeping. */
export function clearLiveCall(key: string, store: LiveStore = pageStore()): void {
  try {
    store.removeItem(key);
  } catch {
    // Blocked storage holds nothing to clear.
  }
}
