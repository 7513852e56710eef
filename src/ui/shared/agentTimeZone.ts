import { isValidTimeZone } from '../../calls/input/timeZone';

/** The agent's time zone as Zendesk gives it, or the browser's when Zendesk gives none we can use. */
export function agentTimeZone(zone: string | null | undefined): string {
  return zone !== null && zone !== undefined && isValidTimeZone(zone)
    ? zone
    : Intl.DateTimeFormat().resolvedOptions().timeZone;
}
