import * as fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CallApiError } from '../errors';
import { endCallChanges, wrapUpChanges } from './endCall';
import { currentHoldSeconds, startHold, resume } from './holds';
import type { HoldSegment } from './holds';

const startIso = '2024-01-17T18:30:00Z';
const start = Date.parse(startIso);

describe('endCallChanges', () => {
  it('ends the call in one body: end, duration, hold, talk and outcome', () => {
    const holds = resume(startHold([], start + 60_000), start + 102_000);
    expect(endCallChanges({ call_started_at: startIso }, holds, start + 300_400)).toEqual({
      call_ended_at: '2024-01-17T18:35:00Z',
      duration: 300,
      hold_time: 42,
      talk_time: 258,
      number_of_holds: 1,
      longest_hold_time: 42,
      completion_status: 'completed',
    });
  });

  it('ends an open hold with the call, and takes the outcome the agent chose', () => {
    const changes = endCallChanges(
      { call_started_at: startIso },
      startHold([], start + 100_000),
      start + 160_000,
      'abandoned_on_hold',
    );
    expect(changes).toMatchObject({
      duration: 160,
      hold_time: 60,
      talk_time: 100,
      completion_status: 'abandoned_on_hold',
    });
  });

  it('never ends a call before it started, even when the clocks disagree', () => {
    expect(endCallChanges({ call_started_at: startIso }, [], start - 30_000)).toMatchObject({
      call_ended_at: startIso,
      duration: 0,
      talk_time: 0,
    });
  });

  it('stores a short hold as the card showed it: "On hold 0:00:01" is never stored as 0', () => {
    // On hold 0.1 s after a whole second; the card ticks "0:00:01" at 11.2 s; End call at 11.5 s.
    const holds = startHold([], start + 10_100);
    expect(currentHoldSeconds(holds, start + 11_200)).toBe(1);
    expect(endCallChanges({ call_started_at: startIso }, holds, start + 11_500)).toMatchObject({
      call_ended_at: '2024-01-17T18:30:11Z',
      duration: 11,
      hold_time: 1,
      talk_time: 10,
      longest_hold_time: 1,
    });
  });

  it('refuses to store half a day of "call" when the real end is over a day later', () => {
    expect(() => endCallChanges({ call_started_at: startIso }, [], start + 25 * 3600_000)).toThrow(CallApiError);
  });

  const instant = fc.integer({ min: Date.parse('2020-01-01T00:00:00Z'), max: Date.parse('2030-01-01T00:00:00Z') });
  const segment = fc
    .tuple(fc.integer({ min: -3_600_000, max: 90_000_000 }), fc.option(fc.integer({ min: 0, max: 3_600_000 })))
    .map(([offset, length]) => ({ offset, length }));

  it('for any start, holds and end: talk + hold = duration ≤ end − start, all whole and ≥ 0', () => {
    fc.assert(
      fc.property(
        instant,
        fc.integer({ min: -600_000, max: 86_400_000 }),
        fc.array(segment, { maxLength: 8 }),
        fc.boolean(),
        (startMs, length, segments, withMilliseconds) => {
          const startAt = withMilliseconds ? startMs : Math.floor(startMs / 1000) * 1000;
          const end = startAt + length;
          const holds: HoldSegment[] = segments.map(({ offset, length: held }) => ({
            start: startAt + offset,
            end: held === null ? null : startAt + offset + held,
          }));
          const changes = endCallChanges({ call_started_at: new Date(startAt).toISOString() }, holds, end);
          const { duration, hold_time: hold, talk_time: talk, call_ended_at: endedAt } = changes;
          for (const value of [duration, hold, talk, changes.longest_hold_time, changes.number_of_holds]) {
            expect(Number.isInteger(value) && typeof value === 'number' && value >= 0).toBe(true);
          }
          expect((talk ?? 0) + (hold ?? 0)).toBe(duration);
          const storedSpan = (Date.parse(endedAt ?? '') - startAt) / 1000;
          expect(duration).toBeLessThanOrEqual(storedSpan);
          expect(duration).toBeLessThanOrEqual(Math.max(0, (end - startAt) / 1000));
          expect(changes.longest_hold_time).toBeLessThanOrEqual(hold ?? 0);
        },
      ),
      { numRuns: 1000 },
    );
  });

  it('for any hold the card showed (start from Zendesk, whole seconds): the stored hold is never less', () => {
    fc.assert(
      fc.property(
        instant,
        fc.integer({ min: 0, max: 7_200_000 }),
        fc.integer({ min: 0, max: 7_200_000 }),
        fc.option(fc.integer({ min: 0, max: 7_200_000 })),
        fc.double({ min: 0, max: 1, noNaN: true }),
        (startMs, holdOffset, callLength, holdLength, tickAt) => {
          const startAt = Math.floor(startMs / 1000) * 1000;
          const end = startAt + Math.max(holdOffset, callLength);
          const holdStart = startAt + holdOffset;
          const resumedAt = holdLength === null ? null : Math.min(end, holdStart + holdLength);
          // Any moment the card showed the hold: while it lasted, before End call.
          const tick = holdStart + Math.floor(((resumedAt ?? end) - holdStart) * tickAt);
          const shown = currentHoldSeconds([{ start: holdStart, end: null }], tick) ?? 0;
          const holds: HoldSegment[] = [{ start: holdStart, end: resumedAt }];
          const changes = endCallChanges({ call_started_at: new Date(startAt).toISOString() }, holds, end);
          expect(changes.hold_time).toBeGreaterThanOrEqual(shown);
          expect((changes.hold_time ?? 0) + (changes.talk_time ?? 0)).toBe(changes.duration);
        },
      ),
      { numRuns: 1000 },
    );
  });
});

describe('wrapUpChanges', () => {
  const call = { completion_status: 'completed', call_disposition: null, transcript: null, recording_url: null };

  it('sends the wrap-up time and only what the agent gave or changed', () => {
    expect(
      wrapUpChanges(
        {
          call,
          values: {
            completion_status: 'completed',
            call_disposition: ' Sales: Upgrade ',
            transcript: '',
            recording_url: ' ',
          },
        },
        start,
        start + 37_900,
      ),
    ).toEqual({ call_disposition: 'Sales: Upgrade', wrap_up_time: 37 });
  });

  it('keeps notes as typed and checks the recording link', () => {
    expect(wrapUpChanges({ call, values: { transcript: '  Agent: hi\n' } }, null, start)).toEqual({
      transcript: '  Agent: hi\n',
    });
    expect(() => wrapUpChanges({ call, values: { recording_url: 'javascript:alert(1)' } }, null, start)).toThrow(
      CallApiError,
    );
  });

  it('leaves out a wrap-up time it cannot believe', () => {
    expect(wrapUpChanges({ call, values: {} }, start, start + 2 * 86_400_000)).toEqual({});
  });

  it('for any End call and Save: the wrap-up time is a whole number of seconds ≥ 0', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 2e12 }), fc.integer({ min: -60_000, max: 86_400_000 }), (ended, after) => {
        const { wrap_up_time: seconds } = wrapUpChanges({ call, values: {} }, ended, ended + after);
        expect(Number.isInteger(seconds) && (seconds ?? -1) >= 0 && (seconds ?? 0) * 1000 <= Math.max(0, after)).toBe(
          true,
        );
      }),
      { numRuns: 1000 },
    );
  });
});
