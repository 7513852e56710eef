/**
 * Durations are whole seconds in the API; agents type "90", "1:30",
 * "1:02:03" or "1h 2m 3s".
 */
const CLOCK = /^(?:(\d+):)?(\d+):(\d{1,2})$/;
const UNITS = /^(?:(\d+)\s*h)?\s*(?:(\d+)\s*m(?:in)?)?\s*(?:(\d+)\s*s(?:ec)?)?$/i;

export function parseDuration(typed: string): number | null {
  const text = typed.trim();
  if (/^\d+$/.test(text)) return Number(text);
  const clock = CLOCK.exec(text);
  if (clock !== null) {
    const [, hours, minutes, seconds] = clock;
    if (Number(seconds) > 59 || (hours !== undefined && Number(minutes) > 59)) return null;
    return Number(hours ?? 0) * 3600 + Number(minutes) * 60 + Number(seconds);
  }
  const units = UNITS.exec(text);
  // A non-empty text that matched whole has at least one unit.
  if (units !== null && text !== '') {
    const [, hours, minutes, seconds] = units;
    return Number(hours ?? 0) * 3600 + Number(minutes ?? 0) * 60 + Number(seconds ?? 0);
  }
  return null;
}

/** Seconds as an agent would type them back: 75 → "1:15", 3723 → "1:02:03". */
export function durationToInput(seconds: number): string {
  const hours = Math.floor(seconds / 3600);
  const minutes = Math.floor((seconds % 3600) / 60);
  const rest = seconds % 60;
  const mm = hours > 0 ? String(minutes).padStart(2, '0') : String(minutes);
  return `${hours > 0 ? `${hours}:` : ''}${mm}:${String(rest).padStart(2, '0')}`;
}
