import { describe, expect, it } from 'vitest';
import { allEnglish } from './allEnglish';

const english = allEnglish;
import { createTranslator } from './translate';

describe('createTranslator', () => {
  const german = {
    list: { title: 'Anrufe an diesem Ticket', count: { one: '{{count}} Anruf', other: '{{count}} Anrufe' } },
  };

  it('uses the locale’s text and fills in placeholders', () => {
    const { t } = createTranslator('en', english);
    expect(t('notify.created', { ticketId: 42 })).toBe('Call logged on ticket #42.');
  });

  it('falls back to English where a translation is missing, never to nothing', () => {
    const { t } = createTranslator('de', german);
    expect(t('list.title')).toBe('Anrufe an diesem Ticket');
    expect(t('list.reload')).toBe('Refresh');
  });

  it('picks plural forms by the locale’s rules', () => {
    const { plural } = createTranslator('de', german);
    expect(plural('list.count', 1)).toBe('1 Anruf');
    expect(plural('list.count', 3)).toBe('3 Anrufe');
    expect(plural('list.count', 0)).toBe('0 Anrufe');
  });

  it('knows which run-time keys have a text', () => {
    const { has } = createTranslator('en', english);
    expect(has('values.completion_status.completed')).toBe(true);
    expect(has('values.completion_status.abandoned_in_callback')).toBe(false);
  });

  it('survives a locale Intl does not know', () => {
    expect(createTranslator('xx-invalid-!!', english).plural('list.count', 2)).toBe('2 calls');
  });
});
