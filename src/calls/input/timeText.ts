/**
 * Date-times as the agent reads and types them: the pattern of their Zendesk
 * locale (a German agent: "17.01.2024, 19:29"), read back into the wall-clock
 * form the forms keep ("2024-01-17T19:29", see time.ts for the zone).
 */

/** The forms' wall-clock value: YYYY-MM-DDTHH:mm[:ss[.sss]], seconds only when not zero. */
const WALL_CLOCK = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2})(?:\.\d{1,3})?)?$/;

type DateOrder = readonly ('year' | 'month' | 'day')[];

interface LocalePattern {
  withSeconds: Intl.DateTimeFormat;
  withoutSeconds: Intl.DateTimeFormat;
  /** In which order the locale writes the date's parts */
  order: DateOrder;
  /** Whether the locale writes a 12-hour clock with AM/PM */
  twelveHour: boolean;
  /** The locale's own AM and PM words, lower case without dots or spaces */
  dayPeriods: { am: string; pm: string };
}

const patterns = new Map<string, LocalePattern>();

/** Writing-direction marks some locales put between the parts; people never type them. */
const DIRECTION_MARKS = /[\u200e\u200f\u061c]/g;
const SPACES = /[\u202f\u00a0]/g;

function plain(text: string): string {
  return text.replace(DIRECTION_MARKS, '').replace(SPACES, ' ');
}

function squash(text: string): string {
  return text.toLowerCase().replace(/[.\s]/g, '');
}

function localePattern(locale: string): LocalePattern {
  const known = patterns.get(locale);
  if (known !== undefined) return known;
  const options: Intl.DateTimeFormatOptions = {
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
    timeZone: 'UTC',
    // Typed digits are Latin everywhere the app is used; the parser reads those.
    numberingSystem: 'latn',
  };
  const withoutSeconds = new Intl.DateTimeFormat(locale, options);
  const sample = withoutSeconds.formatToParts(Date.UTC(2024, 0, 17, 9, 29));
  const order = sample.flatMap((part) =>
    part.type === 'year' || part.type === 'month' || part.type === 'day' ? [part.type] : [],
  );
  const periodAt = (hour: number) =>
    squash(
      withoutSeconds.formatToParts(Date.UTC(2024, 0, 17, hour)).find((part) => part.type === 'dayPeriod')?.value ?? '',
    );
  const pattern: LocalePattern = {
    withSeconds: new Intl.DateTimeFormat(locale, { ...options, second: '2-digit' }),
    withoutSeconds,
    order,
    twelveHour: sample.some((part) => part.type === 'dayPeriod'),
    dayPeriods: { am: periodAt(9), pm: periodAt(21) },
  };
  patterns.set(locale, pattern);
  return pattern;
}

function pad(value: number, width = 2): string {
  return String(value).padStart(width, '0');
}

interface WallClock {
  year: number;
  month: number;
  day: number;
  hour: number;
  minute: number;
  second: number;
}

function isReal({ year, month, day, hour, minute, second }: WallClock): boolean {
  const check = new Date(Date.UTC(year, month - 1, day));
  return (
    year >= 1000 &&
    check.getUTCFullYear() === year &&
    check.getUTCMonth() === month - 1 &&
    check.getUTCDate() === day &&
    hour <= 23 &&
    minute <= 59 &&
    second <= 59
  );
}

function toWallClockValue(clock: WallClock): string {
  const { year, month, day, hour, minute, second } = clock;
  const base = `${pad(year, 4)}-${pad(month)}-${pad(day)}T${pad(hour)}:${pad(minute)}`;
  return second === 0 ? base : `${base}:${pad(second)}`;
}

/** Whether a form value is a wall-clock time (what the inputs keep once they can read the text). */
export function isWallClock(value: string): boolean {
  return WALL_CLOCK.test(value);
}

/** "2024-01-17T19:29" as the locale writes it: "17.01.2024, 19:29" (de), "01/17/2024, 07:29 PM" (en-US). */
export function wallClockToText(value: string, locale: string): string | null {
  const match = WALL_CLOCK.exec(value);
  if (match === null) return null;
  const part = (index: number): number => Number(match[index] ?? 0);
  const clock: WallClock = {
    year: part(1),
    month: part(2),
    day: part(3),
    hour: part(4),
    minute: part(5),
    second: part(6),
  };
  if (!isReal(clock)) return null;
  const pattern = localePattern(locale);
  const instant = Date.UTC(clock.year, clock.month - 1, clock.day, clock.hour, clock.minute, clock.second);
  return plain((clock.second === 0 ? pattern.withoutSeconds : pattern.withSeconds).format(instant));
}

/** Takes the AM/PM word off the text (the locale's own or English, with or without dots), if there is one. */
function takeDayPeriod(text: string, pattern: LocalePattern): { rest: string; period: 'am' | 'pm' | null } {
  const words = [
    ['am', pattern.dayPeriods.am],
    ['pm', pattern.dayPeriods.pm],
    ['am', 'am'],
    ['pm', 'pm'],
  ] as const;
  const compact = text.toLowerCase();
  for (const [period, word] of words) {
    if (word === '') continue;
    // The word may carry dots and spaces ("p. m."): match it letter by letter.
    const letters = (word.match(/./gu) ?? [])
      .map((letter) => letter.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'))
      .join('[.\\s]*');
    const found = new RegExp(`(?<!\\p{L})${letters}\\.?(?!\\p{L})`, 'u').exec(compact);
    if (found !== null) {
      return { rest: compact.slice(0, found.index) + ' ' + compact.slice(found.index + found[0].length), period };
    }
  }
  return { rest: compact, period: null };
}

/**
 * What the agent typed, read in their locale's order, as the forms' wall-clock
 * value; null when it is not a real date and time. Tolerant of what people
 * type: any separators, one-digit days and months, two-digit years, seconds
 * or none, 24-hour time in a 12-hour locale, and ISO ("2024-01-17 19:29").
 */
export function textToWallClock(text: string, locale: string): string | null {
  const pattern = localePattern(locale);
  const { rest, period } = takeDayPeriod(plain(text.normalize('NFKC')).trim(), pattern);
  // Only digits and separators remain; an ISO "T" may sit between date and time.
  const cleaned = rest.replace(/(\d)t(\d)/, '$1 $2');
  if (/\p{L}/u.test(cleaned)) return null;
  const numbers = cleaned.match(/\d+/g) ?? [];
  if (numbers.length < 5 || numbers.length > 6) return null;
  const [first = '', second = '', third = '', hourText = '', minuteText = '', secondText = '0'] = numbers;
  // A four-digit first number is a year: ISO order, whatever the locale.
  const order: DateOrder = first.length === 4 ? ['year', 'month', 'day'] : pattern.order;
  const date: Record<string, string> = {};
  order.forEach((part, index) => {
    date[part] = [first, second, third][index] ?? '';
  });
  const yearText = date.year ?? '';
  if (yearText.length !== 2 && yearText.length !== 4) return null;
  let hour = Number(hourText);
  if (period !== null) {
    if (hour < 1 || hour > 12) return null;
    hour = (hour % 12) + (period === 'pm' ? 12 : 0);
  }
  const clock: WallClock = {
    year: Number(yearText) + (yearText.length === 2 ? 2000 : 0),
    month: Number(date.month),
    day: Number(date.day),
    hour,
    minute: Number(minuteText),
    second: Number(secondText),
  };
  if (minuteText.length > 2 || secondText.length > 2) return null;
  return isReal(clock) ? toWallClockValue(clock) : null;
}

/** A date-time the locale writes as an example of its pattern: 17 January, 19:29, of the given year. */
export function exampleText(locale: string, year: number): string {
  return wallClockToText(`${pad(year, 4)}-01-17T19:29`, locale) ?? '';
}

/** The zone as people say it ("Eastern Time", "Mitteleuropäische Zeit"): the same name in summer and winter. */
export function timeZoneName(timeZone: string, locale: string, at = Date.now()): string {
  try {
    const parts = new Intl.DateTimeFormat(locale, { timeZone, timeZoneName: 'longGeneric' }).formatToParts(at);
    return parts.find((part) => part.type === 'timeZoneName')?.value ?? timeZone;
  } catch {
    return timeZone;
  }
}
