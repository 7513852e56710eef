import { afterEach, describe, expect, it } from 'vitest';
import { createFormatters, formatClock } from './format';

describe('createFormatters', () => {
  it('shows times in the agent’s time zone and language', () => {
    const berlin = createFormatters('de', 'Europe/Berlin');
    expect(berlin.dateTime('2024-01-17T18:30:00Z')).toBe('17.01.2024, 19:30');
    const newYork = createFormatters('en-US', 'America/New_York');
    expect(newYork.dateTime('2024-01-17T18:30:00Z')).toBe('Jan 17, 2024, 1:30 PM');
  });

  it('shows durations in words', () => {
    const { duration } = createFormatters('en', 'UTC');
    expect(duration(75)).toBe('1 min, 15 sec');
    expect(duration(3723)).toBe('1 hr, 2 min, 3 sec');
    expect(duration(0)).toBe('0 sec');
  });

  it('shows an unreadable time as it came rather than "Invalid Date"', () => {
    expect(createFormatters('en', 'UTC').dateTime('soon')).toBe('soon');
  });

  it('survives a locale Intl does not know', () => {
    expect(createFormatters('not a locale!!', 'UTC').number(1234)).toBe('1,234');
  });
});

describe('durations of 0', () => {
  const original = Object.getOwnPropertyDescriptor(Intl, 'DurationFormat');
  afterEach(() => {
    if (original === undefined) Reflect.deleteProperty(Intl, 'DurationFormat');
    else Object.defineProperty(Intl, 'DurationFormat', original);
  });

  it.each(['en', 'de', 'es'])('read "0" and a unit in %s, never blank', (locale) => {
    expect(createFormatters(locale, 'UTC').duration(0)).toMatch(/^0\s?\S+/);
  });

  it('read "0 sec" where the browser has Intl.DurationFormat, which hides zero units', () => {
    // Stands in for Intl.DurationFormat: zero units are hidden unless a unit's display is "always".
    class DurationFormat {
      constructor(
        readonly locale: string,
        readonly options: { secondsDisplay?: string },
      ) {}
      format(parts: Record<string, number>) {
        const always = this.options.secondsDisplay === 'always';
        return Object.entries(parts)
          .filter(([unit, value]) => value > 0 || (always && unit === 'seconds'))
          .map(([unit, value]) => `${value} ${unit.slice(0, 3)}`)
          .join(', ');
      }
    }
    Object.defineProperty(Intl, 'DurationFormat', { value: DurationFormat, configurable: true });
    const { duration } = createFormatters('en', 'UTC');
    expect(duration(0)).toBe('0 sec');
    expect(duration(3600)).toBe('1 hou');
  });
});

describe('formatClock', () => {
  it('shows a running call as h:mm:ss', () => {
    expect(formatClock(42)).toBe('0:00:42');
    expect(formatClock(3723)).toBe('1:02:03');
    expect(formatClock(36_000 + 59)).toBe('10:00:59');
    expect(formatClock(-5)).toBe('0:00:00');
  });

  it('uses the locale’s digits', () => {
    expect(formatClock(42, 'ar-EG')).toBe('٠:٠٠:٤٢');
    expect(createFormatters('de', 'UTC').clock(75)).toBe('0:01:15');
  });
});
