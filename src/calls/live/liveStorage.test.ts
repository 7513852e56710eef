import { afterEach, describe, expect, it, vi } from 'vitest';
import { resume, startHold } from './holds';
import { LIVE_STATE_MAX_AGE_MS, clearLiveCall, liveCallKey, readLiveCall, writeLiveCall } from './liveStorage';

const key = liveCallKey(7, 42);
const now = Date.parse('2024-01-17T18:30:00Z');

afterEach(() => {
  vi.restoreAllMocks();
  window.localStorage.clear();
});

describe('the live call kept between reloads', () => {
  it('keeps the holds, an open one too, and the End-call time', () => {
    const holds = startHold(resume(startHold([], now), now + 30_000), now + 60_000);
    writeLiveCall(key, { holds, endedAt: null }, now + 60_000);
    expect(readLiveCall(key, now + 90_000)).toEqual({ holds, endedAt: null });
    writeLiveCall(key, { holds: resume(holds, now + 70_000), endedAt: now + 70_000 }, now + 70_000);
    expect(readLiveCall(key, now + 90_000).endedAt).toBe(now + 70_000);
  });

  it('keeps each installation’s and call’s apart', () => {
    writeLiveCall(key, { holds: startHold([], now), endedAt: null }, now);
    expect(readLiveCall(liveCallKey(8, 42), now).holds).toEqual([]);
    expect(readLiveCall(liveCallKey(7, 43), now).holds).toEqual([]);
  });

  it('forgets a call once wrapped up, or when it is days old', () => {
    writeLiveCall(key, { holds: startHold([], now), endedAt: null }, now);
    expect(readLiveCall(key, now + LIVE_STATE_MAX_AGE_MS + 1).holds).toEqual([]);
    expect(window.localStorage.getItem(key)).toBeNull();
    writeLiveCall(key, { holds: startHold([], now), endedAt: null }, now);
    clearLiveCall(key);
    expect(window.localStorage.getItem(key)).toBeNull();
  });

  it.each([
    ['not JSON', '{'],
    ['another shape', JSON.stringify({ savedAt: now, holds: 'on hold', endedAt: null })],
    ['a hold ending before it began', JSON.stringify({ savedAt: now, holds: [{ start: 5, end: 4 }], endedAt: null })],
    [
      'two holds at once',
      JSON.stringify({
        savedAt: now,
        holds: [
          { start: 1, end: null },
          { start: 2, end: null },
        ],
        endedAt: null,
      }),
    ],
  ])('reads %s as no holds rather than trusting it', (_what, raw) => {
    window.localStorage.setItem(key, raw);
    expect(readLiveCall(key, now)).toEqual({ holds: [], endedAt: null });
  });

  it('keeps the holds in the page’s memory where the browser blocks storage', () => {
    vi.spyOn(window, 'localStorage', 'get').mockImplementation(() => {
      throw new DOMException('Access is denied for this document.', 'SecurityError');
    });
    const holds = startHold([], now);
    writeLiveCall(key, { holds, endedAt: null }, now);
    expect(readLiveCall(key, now + 1000)).toEqual({ holds, endedAt: null });
  });

  it('keeps working when storage is full', () => {
    vi.spyOn(Storage.prototype, 'setItem').mockImplementation(() => {
      throw new DOMException('Quota exceeded', 'QuotaExceededError');
    });
    expect(() => writeLiveCall(key, { holds: startHold([], now), endedAt: null }, now)).not.toThrow();
    expect(readLiveCall(key, now).holds).toEqual([]);
  });
});
