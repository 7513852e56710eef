import { describe, expect, it } from 'vitest';
import { agentTimeZone } from './agentTimeZone';

describe('agentTimeZone', () => {
  const browserZone = Intl.DateTimeFormat().resolvedOptions().timeZone;

  it('keeps the zone Zendesk gives when the browser knows it', () => {
    expect(agentTimeZone('Europe/Berlin')).toBe('Europe/Berlin');
  });

  it.each([null, undefined, '', 'Mars/Olympus_Mons'])('falls back to the browser’s zone for %j', (zone) => {
    expect(agentTimeZone(zone)).toBe(browserZone);
  });
});
