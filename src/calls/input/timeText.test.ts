import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { toZonedLocal, zonedLocalToIso } from './time';
import { exampleText, isWallClock, textToWallClock, timeZoneName, wallClockToText } from './timeText';

describe('wallClockToText', () => {
  it('writes the agent’s locale pattern, seconds only when not zero', () => {
    expect(wallClockToText('2024-01-17T19:29', 'de')).toBe('17.01.2024, 19:29');
    expect(wallClockToText('2024-01-17T19:29', 'es')).toBe('17/01/2024, 19:29');
    expect(wallClockToText('2024-01-17T19:29', 'en-US')).toBe('01/17/2024, 07:29 PM');
    expect(wallClockToText('2024-01-17T19:29:05', 'de')).toBe('17.01.2024, 19:29:05');
  });

  it('gives nothing for a value that is not a real wall-clock time', () => {
    expect(wallClockToText('17.01.2024, 19:29', 'de')).toBeNull();
    expect(wallClockToText('2024-02-30T10:00', 'de')).toBeNull();
  });
});

describe('textToWallClock', () => {
  it('reads what a German, Spanish and American agent type', () => {
    expect(textToWallClock('17.01.2024, 19:29', 'de')).toBe('2024-01-17T19:29');
    expect(textToWallClock('17.1.24 19:29', 'de')).toBe('2024-01-17T19:29');
    expect(textToWallClock('17/01/2024 19:29:30', 'es')).toBe('2024-01-17T19:29:30');
    expect(textToWallClock('1/17/2024 7:29pm', 'en-US')).toBe('2024-01-17T19:29');
    expect(textToWallClock('01/17/2024, 07:29 p.m.', 'en-US')).toBe('2024-01-17T19:29');
    expect(textToWallClock('01/17/2024 12:05 AM', 'en-US')).toBe('2024-01-17T00:05');
    expect(textToWallClock('01/17/2024 19:29', 'en-US')).toBe('2024-01-17T19:29');
  });

  it('reads ISO in every locale, and the day before the month where the locale puts it', () => {
    expect(textToWallClock('2024-01-17 19:29', 'de')).toBe('2024-01-17T19:29');
    expect(textToWallClock('2024-01-17T19:29:05', 'en-US')).toBe('2024-01-17T19:29:05');
    expect(textToWallClock('05.06.2024 10:00', 'de')).toBe('2024-06-05T10:00');
    expect(textToWallClock('05/06/2024 10:00', 'en-US')).toBe('2024-05-06T10:00');
  });

  it('refuses what is not a date and a time', () => {
    for (const text of [
      '',
      '17.01.2024',
      'gestern 10:00',
      '31.02.2024 10:00',
      '17.01.2024 24:10',
      '13/17/2024 10:00',
    ]) {
      expect(textToWallClock(text, text.includes('/') ? 'en-US' : 'de'), text).toBeNull();
    }
    expect(textToWallClock('01/17/2024 13:00 PM', 'en-US')).toBeNull();
    expect(textToWallClock('17.01.2024 19:290', 'de')).toBeNull();
  });
});

describe('exampleText and timeZoneName', () => {
  it('show the pattern with a day that cannot be a month', () => {
    expect(exampleText('de', 2026)).toBe('17.01.2026, 19:29');
    expect(exampleText('en-US', 2026)).toBe('01/17/2026, 07:29 PM');
  });

  it('name the zone as people say it, in the agent’s language', () => {
    const january = Date.UTC(2024, 0, 17);
    expect(timeZoneName('America/New_York', 'en-US', january)).toBe('Eastern Time');
    expect(timeZoneName('Europe/Berlin', 'de', january)).toBe('Mitteleuropäische Zeit');
    expect(timeZoneName('Not/AZone', 'de', january)).toBe('Not/AZone');
  });
});

const LOCALES = ['en-US', 'de', 'es'] as const;
const ZONES = ['America/New_York', 'Europe/Berlin', 'Europe/Madrid', 'Asia/Kolkata', 'Australia/Lord_Howe', 'UTC'];
// Instants around the 2024 clock changes of these zones, and any instant of 2000–2040.
const DST_EDGES = [
  Date.UTC(2024, 2, 10, 7),
  Date.UTC(2024, 10, 3, 6),
  Date.UTC(2024, 2, 31, 1),
  Date.UTC(2024, 9, 27, 1),
  Date.UTC(2024, 3, 6, 15),
  Date.UTC(2024, 9, 5, 15, 30),
];
const instants = fc.oneof(
  fc
    .constantFrom(...DST_EDGES)
    .chain((edge) => fc.integer({ min: -3 * 3600, max: 3 * 3600 }).map((s) => edge + s * 1000)),
  fc.integer({ min: Date.UTC(2000, 0, 1) / 1000, max: Date.UTC(2040, 0, 1) / 1000 }).map((s) => s * 1000),
);

/** The text the input shows for an instant, in a locale and zone */
const shown = (instant: number, locale: string, zone: string) => wallClockToText(toZonedLocal(instant, zone), locale);
const read = (text: string, locale: string, zone: string) => {
  const wallClock = textToWallClock(text, locale);
  const iso = wallClock === null ? null : zonedLocalToIso(wallClock, zone);
  return iso === null ? null : Date.parse(iso);
};

describe('format then parse', () => {
  it('gives back the instant to the second, or in the hour the clocks go back its twin that reads the same', () => {
    fc.assert(
      fc.property(instants, fc.constantFrom(...LOCALES), fc.constantFrom(...ZONES), (instant, locale, zone) => {
        const text = shown(instant, locale, zone);
        expect(text).not.toBeNull();
        const back = read(text ?? '', locale, zone);
        expect(back).not.toBeNull();
        // The repeated hour's wall clock names two instants: either is read, and shows the same text.
        if (back !== instant) expect(shown(back ?? 0, locale, zone)).toBe(text);
        else expect(back).toBe(instant);
      }),
      { numRuns: 2000 },
    );
  });

  it('is exact for every instant that is not in a repeated hour', () => {
    fc.assert(
      fc.property(instants, fc.constantFrom(...LOCALES), fc.constantFrom(...ZONES), (instant, locale, zone) => {
        const wall = toZonedLocal(instant, zone);
        const repeated = [-3600_000, 3600_000, -1800_000, 1800_000].some(
          (shift) => toZonedLocal(instant + shift, zone) === wall,
        );
        fc.pre(!repeated);
        expect(read(shown(instant, locale, zone) ?? '', locale, zone)).toBe(instant);
      }),
      { numRuns: 2000 },
    );
  });

  it('keeps a form value as it is when shown and read back', () => {
    expect(isWallClock('2024-01-17T19:29')).toBe(true);
    expect(isWallClock('17.01.2024, 19:29')).toBe(false);
    for (const locale of LOCALES) {
      expect(textToWallClock(wallClockToText('2024-03-31T02:30:15', locale) ?? '', locale)).toBe('2024-03-31T02:30:15');
    }
  });
});
