// ISO 8601 date-times in, Zendesk's UTC form out: "2022-01-27T15:31:40+01" → "2022-01-27T14:31:40Z".

const ISO_DATE_TIME =
  /^(\d{4})-(\d{2})-(\d{2})[T ](\d{2}):(\d{2})(?::(\d{2})(?:[.,]\d+)?)?(Z|z|[+-]\d{2}(?::?\d{2})?)$/;

/** Formats a moment as Zendesk answers timestamps: UTC, whole seconds, "Z". */
export function zendeskTime(moment: Date): string {
  return moment.toISOString().replace(/\.\d{3}Z$/, 'Z');
}

function offsetMinutes(offset: string): number | null {
  if (offset === 'Z' || offset === 'z') return 0;
  const sign = offset.startsWith('-') ? -1 : 1;
  const digits = offset.slice(1).replace(':', '');
  const hours = Number(digits.slice(0, 2));
  const minutes = digits.length > 2 ? Number(digits.slice(2, 4)) : 0;
  if (hours > 23 || minutes > 59) return null;
  return sign * (hours * 60 + minutes);
}

function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/**
 * Reads an ISO 8601 date-time that carries an offset (Z, +01, +0100, +01:00)
 * and returns it in UTC, or null when it is not one. A time without an offset
 * is refused on purpose: it would mean a different moment in every time zone.
 */
export function toUtcTimestamp(value: string): string | null {
  const match = ISO_DATE_TIME.exec(value.trim());
  if (!match) return null;
  const [, y, mo, d, h, mi, s, offset] = match;
  const year = Number(y);
  const month = Number(mo);
  const day = Number(d);
  const hour = Number(h);
  const minute = Number(mi);
  const second = s === undefined ? 0 : Number(s);
  const shift = offset === undefined ? null : offsetMinutes(offset);
  if (shift === null || year < 1000 || month < 1 || month > 12) return null;
  if (day < 1 || day > daysInMonth(year, month) || hour > 23 || minute > 59 || second > 59) return null;
  const utcMillis = Date.UTC(year, month - 1, day, hour, minute, second) - shift * 60_000;
  return zendeskTime(new Date(utcMillis));
}
