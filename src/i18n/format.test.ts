import { describe, expect, it } from 'vitest';
import { createFormatters } from './format';

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
