/**
 * Date-time inputs show wall-clock time in the agent's Zendesk time zone,
 * which need not be the browser's; the API wants ISO 8601 with an offset.
 */

/** What <input type="datetime-local" step="1"> holds: YYYY-MM-DDTHH:mm[:ss[.sss]]; the API takes whole seconds. */
const LOCAL = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2})(?:\.\d{1,3})?)?$/;

const offsetFormats = new Map<string, Intl.DateTimeFormat>();

function offsetFormat(timeZone: string): Intl.DateTimeFormat {
  let format = offsetFormats.get(timeZone);
  if (format === undefined) {
    format = new Intl.DateTimeFormat('en-US', { timeZone, timeZoneName: 'longOffset' });
    offsetFormats.set(timeZone, format);
  }
  return format;
}

/** Minutes east of UTC of a time zone at an instant, e.g. 60 for Europe/Berlin in winter. */
export function offsetMinutesAt(instant: number, timeZone: string): number {
  const name = offsetFormat(timeZone)
    .formatToParts(instant)
    .find((part) => part.type === 'timeZoneName')?.value;
  const match = /GMT([+-])(\d{2}):?(\d{2})?/.exec(name ?? '');
  if (match === null) return 0;
  const [, sign, hours, minutes] = match;
  return (sign === '-' ? -1 : 1) * (Number(hours) * 60 + Number(minutes ?? 0));
}

function pad(value: number, width = 2): string {
  return String(Math.abs(value)).padStart(width, '0');
}

function formatOffset(minutes: number): string {
  return `${minutes < 0 ? '-' : '+'}${pad(Math.trunc(Math.abs(minutes) / 60))}:${pad(Math.abs(minutes) % 60)}`;
}

/** "2024-01-17T19:31:18" in Europe/Berlin → "2024-01-17T19:31:18+01:00"; null when not a valid date-time. */
export function zonedLocalToIso(local: string, timeZone: string): string | null {
  const match = LOCAL.exec(local.trim());
  if (match === null) return null;
  const part = (index: number): number => Number(match[index] ?? 0);
  const [year, month, day, hours, minutes, seconds] = [part(1), part(2), part(3), part(4), part(5), part(6)];
  const wallClock = Date.UTC(year, month - 1, day, hours, minutes, seconds);
  const check = new Date(wallClock);
  if (check.getUTCMonth() !== month - 1 || check.getUTCDate() !== day || hours > 23 || minutes > 59 || seconds > 59) {
    return null;
  }
  // The offset depends on the instant, which depends on the offset: two steps settle it, also around DST changes.
  let offset = offsetMinutesAt(wallClock, timeZone);
  offset = offsetMinutesAt(wallClock - offset * 60_000, timeZone);
  return `${year}-${pad(month)}-${pad(day)}T${pad(hours)}:${pad(minutes)}:${pad(seconds)}${formatOffset(offset)}`;
}

/**
 * An instant (ISO string or epoch ms) as the wall-clock time of a time zone,
 * in the form a datetime-local input keeps its value: seconds only when not zero.
 */
export function toZonedLocal(instant: string | number, timeZone: string): string {
  const time = typeof instant === 'number' ? instant : Date.parse(instant);
  if (Number.isNaN(time)) return '';
  const shifted = new Date(time + offsetMinutesAt(time, timeZone) * 60_000).toISOString();
  return shifted.slice(17, 19) === '00' ? shifted.slice(0, 16) : shifted.slice(0, 19);
}

/** Both sides name the same instant, whatever their offsets: 15:31:40+01 is 14:31:40Z. */
export function sameInstant(a: string, b: string): boolean {
  const timeA = Date.parse(a);
  return !Number.isNaN(timeA) && timeA === Date.parse(b);
}
