import { describe, expect, it } from 'vitest';
import { offsetMinutesAt, sameInstant, toZonedLocal, zonedLocalToIso } from './time';

describe('zonedLocalToIso', () => {
  it('reads wall-clock time in the agent’s zone, not the browser’s', () => {
    expect(zonedLocalToIso('2024-01-17T19:31:18', 'Europe/Berlin')).toBe('2024-01-17T19:31:18+01:00');
    expect(zonedLocalToIso('2024-07-17T19:31', 'Europe/Berlin')).toBe('2024-07-17T19:31:00+02:00');
    expect(zonedLocalToIso('2024-01-17T08:00:00', 'America/New_York')).toBe('2024-01-17T08:00:00-05:00');
    expect(zonedLocalToIso('2024-01-17T08:00:00', 'Asia/Kolkata')).toBe('2024-01-17T08:00:00+05:30');
    expect(zonedLocalToIso('2024-01-17T08:00:05.000', 'UTC')).toBe('2024-01-17T08:00:05+00:00');
  });

  it('settles the offset on the day the clocks change', () => {
    // Europe/Berlin goes to summer time at 02:00 on 31 March 2024.
    expect(zonedLocalToIso('2024-03-31T01:30:00', 'Europe/Berlin')).toBe('2024-03-31T01:30:00+01:00');
    expect(zonedLocalToIso('2024-03-31T03:30:00', 'Europe/Berlin')).toBe('2024-03-31T03:30:00+02:00');
  });

  it('refuses what is not a real date-time', () => {
    expect(zonedLocalToIso('2024-02-30T10:00', 'UTC')).toBeNull();
    expect(zonedLocalToIso('2024-01-17T24:10', 'UTC')).toBeNull();
    expect(zonedLocalToIso('yesterday', 'UTC')).toBeNull();
  });
});

describe('toZonedLocal', () => {
  it('shows a UTC instant as the agent’s wall-clock time', () => {
    expect(toZonedLocal('2022-01-27T14:31:40Z', 'Europe/Berlin')).toBe('2022-01-27T15:31:40');
    expect(toZonedLocal('2022-01-27T14:31:40Z', 'America/New_York')).toBe('2022-01-27T09:31:40');
  });

  it('leaves out zero seconds, as a datetime-local input does with its value', () => {
    expect(toZonedLocal('2022-01-27T14:31:00Z', 'UTC')).toBe('2022-01-27T14:31');
  });

  it('round-trips with zonedLocalToIso', () => {
    const iso = zonedLocalToIso(toZonedLocal('2024-10-26T23:30:00Z', 'Europe/Madrid'), 'Europe/Madrid');
    expect(iso !== null && sameInstant(iso, '2024-10-26T23:30:00Z')).toBe(true);
  });

  it('reads the hour that happens twice when clocks go back as one of its two instants', () => {
    // 02:30 in Madrid on 27 October 2024 was both 00:30Z and 01:30Z.
    expect(['2024-10-27T02:30:00+02:00', '2024-10-27T02:30:00+01:00']).toContain(
      zonedLocalToIso('2024-10-27T02:30:00', 'Europe/Madrid'),
    );
  });

  it('gives an empty input for an unreadable instant', () => {
    expect(toZonedLocal('not a date', 'UTC')).toBe('');
  });
});

describe('offsetMinutesAt', () => {
  it('knows UTC and half-hour zones', () => {
    expect(offsetMinutesAt(Date.UTC(2024, 0, 1), 'UTC')).toBe(0);
    expect(offsetMinutesAt(Date.UTC(2024, 0, 1), 'Asia/Kolkata')).toBe(330);
  });
});

describe('sameInstant', () => {
  it('compares instants, not text', () => {
    expect(sameInstant('2022-01-27T15:31:40+01:00', '2022-01-27T14:31:40Z')).toBe(true);
    expect(sameInstant('2022-01-27T15:31:41+01:00', '2022-01-27T14:31:40Z')).toBe(false);
  });
});
