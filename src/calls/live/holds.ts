/** One hold of a live call, in epoch milliseconds; `end` is null while the caller is still on hold. */
export interface HoldSegment {
  start: number;
  end: number | null;
}

export type Holds = readonly HoldSegment[];

export function isOnHold(holds: Holds): boolean {
  return holds.some((hold) => hold.end === null);
}

/** Puts the caller on hold at `now`; already on hold stays as it is. */
export function startHold(holds: Holds, now: number): HoldSegment[] {
  return isOnHold(holds) ? [...holds] : [...holds, { start: now, end: null }];
}

/** Takes the caller off hold at `now` (never before the hold began); not on hold stays as it is. */
export function resume(holds: Holds, now: number): HoldSegment[] {
  return holds.map((hold) => (hold.end === null ? { start: hold.start, end: Math.max(hold.start, now) } : hold));
}

/** Each hold's milliseconds within [from, to], an open hold counted up to `to`. */
function heldMilliseconds(holds: Holds, from: number, to: number): number[] {
  return holds.map((hold) => Math.max(0, Math.min(hold.end ?? to, to) - Math.max(hold.start, from)));
}

/** Whole seconds on hold up to `now`, counted from `from` (the call's start) when given. */
export function holdSeconds(holds: Holds, now: number, from = Number.NEGATIVE_INFINITY): number {
  const total = heldMilliseconds(holds, from, now).reduce((sum, ms) => sum + ms, 0);
  return Math.floor(total / 1000);
}

/** Whole seconds of the hold going on now ("On hold 0:42"), or null when not on hold. */
export function currentHoldSeconds(holds: Holds, now: number): number | null {
  const open = holds.find((hold) => hold.end === null);
  return open === undefined ? null : Math.max(0, Math.floor((now - open.start) / 1000));
}

/** The holds within [from, to]: how many there were and the longest, in whole seconds. */
export function holdStatistics(holds: Holds, from: number, to: number): { count: number; longest: number } {
  const held = heldMilliseconds(holds, from, to).filter((ms) => ms > 0);
  return { count: held.length, longest: Math.floor(Math.max(0, ...held) / 1000) };
}
