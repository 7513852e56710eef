/** Whether the runtime knows this IANA time zone. Apart from time.ts, which only the forms need, so the shell loads none of it. */
export function isValidTimeZone(timeZone: string): boolean {
  try {
    new Intl.DateTimeFormat('en-US', { timeZone });
    return true;
  } catch {
    return false;
  }
}
