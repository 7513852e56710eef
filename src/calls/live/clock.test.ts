import { describe, expect, it } from 'vitest';
import { elapsedSeconds, isLive, isStale, liveState } from './clock';

const start = '2024-01-17T18:30:00Z';
const at = (iso: string) => Date.parse(iso);

describe('the live call', () => {
  it('is live while it has neither an end nor an outcome', () => {
    expect(isLive({ call_started_at: start, call_ended_at: null, completion_status: null })).toBe(true);
    expect(isLive({ call_started_at: start })).toBe(true);
    expect(isLive({ call_started_at: start, call_ended_at: '2024-01-17T18:35:00Z' })).toBe(false);
    expect(isLive({ call_started_at: start, completion_status: 'abandoned_in_queue' })).toBe(false);
    expect(isLive({ call_started_at: null })).toBe(false);
  });

  it('counts whole seconds since the start, never below 0', () => {
    expect(elapsedSeconds({ call_started_at: start }, at('2024-01-17T18:30:42.900Z'))).toBe(42);
    expect(elapsedSeconds({ call_started_at: '2024-01-17T19:30:00+01:00' }, at('2024-01-17T19:31:00Z'))).toBe(3660);
    expect(elapsedSeconds({ call_started_at: start }, at('2024-01-17T18:29:00Z'))).toBe(0);
  });

  it('stops ticking after 12 hours: the call was never ended', () => {
    const call = { call_started_at: start };
    expect(liveState(call, at('2024-01-18T06:30:00Z'))).toBe('running');
    expect(liveState(call, at('2024-01-18T06:30:01Z'))).toBe('stale');
    expect(isStale(call, at('2024-01-20T18:30:00Z'))).toBe(true);
    expect(liveState({ ...call, call_ended_at: '2024-01-17T19:00:00Z' }, at('2024-01-20T18:30:00Z'))).toBe('ended');
  });
});
