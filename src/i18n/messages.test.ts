import { describe, expect, it } from 'vitest';
import { AVAILABLE_LOCALES, loadMessages, resolveLocale } from './messages';

describe('resolveLocale', () => {
  it.each([
    ['de', 'de'],
    ['de-AT', 'de'],
    ['es-419', 'es'],
    ['ES', 'es'],
    ['en-GB', 'en'],
    ['pt-BR', 'en'],
    ['', 'en'],
  ])('serves %j in %j', (requested, served) => expect(resolveLocale(requested)).toBe(served));
});

describe('loadMessages', () => {
  it('knows every locale in translations/', () => {
    expect(AVAILABLE_LOCALES).toEqual(['de', 'en', 'es']);
  });

  it('loads a locale’s texts on demand', async () => {
    const german = await loadMessages('de');
    expect(german).toMatchObject({ list: { logCall: 'Anruf erfassen' } });
  });
});
