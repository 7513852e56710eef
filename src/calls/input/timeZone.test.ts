import { describe, expect, it } from 'vitest';
import { isValidTimeZone } from './timeZone';

describe('isValidTimeZone', () => {
  it('knows the IANA zones Zendesk gives agents', () => {
    expect(isValidTimeZone('Europe/Berlin')).toBe(true);
    expect(isValidTimeZone('America/New_York')).toBe(true);
  });

  it('refuses what the runtime cannot format in, such as Rails zone names', () => {
    expect(isValidTimeZone('Eastern Time (US & Canada)')).toBe(false);
    expect(isValidTimeZone('')).toBe(false);
  });
});
