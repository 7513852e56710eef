import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { durationToInput, parseDuration } from '../input/duration';
import { hasExtension, loadPhoneNormaliser, normaliseInternationalOnly, phoneErrorKey } from '../input/phone';
import { RUNS, e164 } from './arbitraries';

const E164 = /^\+[1-9]\d{1,14}$/;
/** What agents paste: digits, separators, plus signs, letters, anything. */
const typedPhone = fc.oneof(
  fc.string(),
  fc.stringMatching(/^[+0-9 ().\-/x#]{0,30}$/),
  e164.map((number) => number.replace(/(\d{3})/g, '$1 ')),
);

describe('the duration parser', { timeout: 30_000 }, () => {
  it('reads back its own formatting: parse(format(n)) = n', () => {
    fc.assert(
      fc.property(fc.nat({ max: 10_000_000 }), (seconds) => {
        expect(parseDuration(durationToInput(seconds))).toBe(seconds);
      }),
      RUNS,
    );
  });

  it('reads plain seconds and "h m s" units as the seconds they name', () => {
    fc.assert(
      fc.property(fc.nat({ max: 999 }), fc.nat({ max: 999 }), fc.nat({ max: 999 }), (hours, minutes, seconds) => {
        expect(parseDuration(String(seconds))).toBe(seconds);
        expect(parseDuration(`${hours}h ${minutes}m ${seconds}s`)).toBe(hours * 3600 + minutes * 60 + seconds);
      }),
      RUNS,
    );
  });

  it('never throws, and answers null or a whole number of seconds, 0 or more', () => {
    fc.assert(
      fc.property(fc.string(), (typed) => {
        const parsed = parseDuration(typed);
        expect(parsed === null || (Number.isInteger(parsed) && parsed >= 0)).toBe(true);
      }),
      RUNS,
    );
  });
});

describe('the phone parsers', { timeout: 30_000 }, () => {
  it('never throw, and answer E.164 or null, before the phone library has loaded', () => {
    fc.assert(
      fc.property(typedPhone, (typed) => {
        const number = normaliseInternationalOnly(typed);
        expect(number === null || E164.test(number)).toBe(true);
        expect(typeof phoneErrorKey(typed)).toBe('string');
      }),
      RUNS,
    );
  });

  it('never throw, and answer E.164 or null, with the phone library and a default country', async () => {
    const normalise = await loadPhoneNormaliser('US');
    fc.assert(
      fc.property(typedPhone, (typed) => {
        const number = normalise(typed);
        expect(number === null || E164.test(number)).toBe(true);
      }),
      RUNS,
    );
  });

  it('are idempotent: a number they answered reads back as itself', async () => {
    const normalise = await loadPhoneNormaliser('DE');
    fc.assert(
      fc.property(typedPhone, (typed) => {
        for (const parser of [normalise, normaliseInternationalOnly]) {
          const number = parser(typed);
          if (number !== null) expect(parser(number)).toBe(number);
        }
      }),
      RUNS,
    );
  });

  it('never take a number with an extension as a line', async () => {
    const normalise = await loadPhoneNormaliser('US');
    fc.assert(
      fc.property(
        e164,
        fc.constantFrom(' ext. ', ' x', ' #', ';ext='),
        fc.integer({ min: 1, max: 9999 }),
        (number, mark, ext) => {
          const typed = `${number}${mark}${String(ext)}`;
          expect(hasExtension(typed)).toBe(true);
          expect(normalise(typed)).toBeNull();
        },
      ),
      RUNS,
    );
  });
});
