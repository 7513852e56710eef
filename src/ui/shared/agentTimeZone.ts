/** Whether the runtime knows this IANA time zone (Intl refuses one it does not). */
function isKnownTimeZone(timeZone: string): boolean {
  try {
    // The shell asks before anything else loads: Intl alone, not the forms' date-time code, which is its own chunk.
    new Intl.DateTimeFormat('en-US', { timeZone });
    return true;
  } catch {
    return false;
  }
}

/** The agent's time zone as Zendesk gives it, or the browser's when Zendesk gives none we can use. */
export function agentTimeZone(zone: string | null | undefined): string {
  return zone !== null && zone !== undefined && isKnownTimeZone(zone)
    ? zone
    : Intl.DateTimeFormat().resolvedOptions().timeZone;
}
