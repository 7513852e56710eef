// The time zone object ZAF gives for currentUser.timeZone and currentAccount.timeZone.

export interface ZafTimeZone {
  /** Zendesk's own name, e.g. "Eastern Time (US & Canada)". */
  name: string;
  ianaName: string;
  /** Minutes from UTC at the given moment (DST included), e.g. -240. */
  offset: number;
  /** e.g. "GMT-04:00". */
  formattedOffset: string;
}

/** The zone's UTC offset in minutes at `moment`, read from Intl. */
export function offsetMinutes(ianaName: string, moment: Date): number {
  const part = new Intl.DateTimeFormat('en-US', { timeZone: ianaName, timeZoneName: 'longOffset' })
    .formatToParts(moment)
    .find((candidate) => candidate.type === 'timeZoneName');
  const match = /GMT([+-])(\d{2}):(\d{2})/.exec(part?.value ?? '');
  if (!match) return 0;
  const minutes = Number(match[2]) * 60 + Number(match[3]);
  return match[1] === '-' ? -minutes : minutes;
}

export function formatOffset(minutes: number): string {
  const sign = minutes < 0 ? '-' : '+';
  const absolute = Math.abs(minutes);
  const pad = (value: number) => String(value).padStart(2, '0');
  return `GMT${sign}${pad(Math.floor(absolute / 60))}:${pad(absolute % 60)}`;
}

export function zafTimeZone(name: string, ianaName: string, moment: Date = new Date()): ZafTimeZone {
  const offset = offsetMinutes(ianaName, moment);
  return { name, ianaName, offset, formattedOffset: formatOffset(offset) };
}
