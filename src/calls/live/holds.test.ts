import { describe, expect, it } from 'vitest';
import { currentHoldSeconds, holdSeconds, holdStatistics, isOnHold, resume, startHold } from './holds';

describe('holds', () => {
  it('puts on hold and takes off hold, once each', () => {
    const held = startHold([], 10_000);
    expect(isOnHold(held)).toBe(true);
    expect(startHold(held, 20_000)).toEqual([{ start: 10_000, end: null }]);
    const resumed = resume(held, 52_000);
    expect(resumed).toEqual([{ start: 10_000, end: 52_000 }]);
    expect(isOnHold(resumed)).toBe(false);
    expect(resume(resumed, 60_000)).toEqual(resumed);
  });

  it('counts an open hold up to now, and adds up the closed ones', () => {
    const holds = [
      { start: 0, end: 30_500 },
      { start: 40_000, end: null },
    ];
    expect(holdSeconds(holds, 52_000)).toBe(42);
    expect(currentHoldSeconds(holds, 52_000)).toBe(12);
    expect(currentHoldSeconds(resume(holds, 52_000), 60_000)).toBeNull();
  });

  it('counts only the part of a hold inside the call', () => {
    expect(holdSeconds([{ start: 0, end: 10_000 }], 20_000, 5_000)).toBe(5);
    expect(
      holdStatistics(
        [
          { start: 0, end: 10_000 },
          { start: 12_000, end: 15_000 },
          { start: 30_000, end: null },
        ],
        5_000,
        20_000,
      ),
    ).toEqual({ count: 2, longest: 5 });
  });
});
