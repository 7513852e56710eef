/** Dates, durations and numbers in the agent's locale and time zone, with Intl. */
export interface Formatters {
  dateTime: (instant: string | number) => string;
  duration: (seconds: number) => string;
  /** A running call's clock, h:mm:ss ("0:00:42") */
  clock: (seconds: number) => string;
  number: (value: number) => string;
  timeZone: string;
  locale: string;
}

function safeLocale(locale: string): string {
  try {
    return Intl.getCanonicalLocales(locale)[0] ?? 'en';
  } catch {
    return 'en';
  }
}

interface DurationFormatLike {
  format: (duration: { hours?: number; minutes?: number; seconds?: number }) => string;
}

/** Intl.DurationFormat where the browser has it; the same "1 hr, 2 min, 3 sec" from unit formats where not. */
function durationFormatter(locale: string): (seconds: number) => string {
  const DurationFormat = (Intl as { DurationFormat?: new (locale: string, options: object) => DurationFormatLike })
    .DurationFormat;
  const parts = (seconds: number) => ({
    hours: Math.floor(seconds / 3600),
    minutes: Math.floor((seconds % 3600) / 60),
    seconds: seconds % 60,
  });
  if (DurationFormat !== undefined) {
    const format = new DurationFormat(locale, { style: 'short' });
    // Zero units are hidden, so 0 alone would come out empty: it is "0 sec".
    const zero = new DurationFormat(locale, { style: 'short', secondsDisplay: 'always' });
    return (seconds) => (seconds === 0 ? zero : format).format(parts(seconds));
  }
  const units = (['hour', 'minute', 'second'] as const).map(
    (unit) => new Intl.NumberFormat(locale, { style: 'unit', unit, unitDisplay: 'short' }),
  );
  const list = new Intl.ListFormat(locale, { style: 'short', type: 'unit' });
  return (seconds) => {
    const { hours, minutes, seconds: rest } = parts(seconds);
    const values = [hours, minutes, rest];
    const shown = values
      .map((value, index) => ({ value, index }))
      .filter(({ value, index }) => value > 0 || (index === 2 && seconds === 0));
    return list.format(shown.map(({ value, index }) => units[index]?.format(value) ?? String(value)));
  };
}

/** h:mm:ss in the locale's digits: "0:00:42", "1:02:03"; never negative. Built once, used every second. */
function clockFormatter(locale: string): (seconds: number) => string {
  const hours = new Intl.NumberFormat(locale, { useGrouping: false });
  const twoDigits = new Intl.NumberFormat(locale, { minimumIntegerDigits: 2, useGrouping: false });
  return (seconds) => {
    const whole = Math.max(0, Math.floor(seconds));
    const minutes = Math.floor((whole % 3600) / 60);
    return `${hours.format(Math.floor(whole / 3600))}:${twoDigits.format(minutes)}:${twoDigits.format(whole % 60)}`;
  };
}

export function formatClock(seconds: number, locale = 'en'): string {
  return clockFormatter(safeLocale(locale))(seconds);
}

export function createFormatters(requestedLocale: string, timeZone: string): Formatters {
  const locale = safeLocale(requestedLocale);
  const dateTime = new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'short', timeZone });
  const number = new Intl.NumberFormat(locale);
  return {
    dateTime: (instant) => {
      const time = typeof instant === 'number' ? instant : Date.parse(instant);
      return Number.isNaN(time) ? String(instant) : dateTime.format(time);
    },
    duration: durationFormatter(locale),
    clock: clockFormatter(locale),
    number: (value) => number.format(value),
    timeZone,
    locale,
  };
}
