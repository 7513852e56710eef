import { createContext, useContext, useEffect, useMemo, useState } from 'react';
import type { ReactNode } from 'react';
import { createFormatters } from './format';
import type { Formatters } from './format';
import { english } from './englishTexts';
import { loadMessages, resolveLocale } from './messages';
import type { MessageTree } from './messages';
import { createTranslator } from './translate';
import type { Translator } from './translate';

export type I18n = Translator & { format: Formatters };

const I18nContext = createContext<I18n | null>(null);

/**
 * Texts and formats for the agent's Zendesk locale and time zone. Until the
 * locale's texts have loaded it renders `fallback`, so nothing flashes in English first.
 */
export function I18nProvider({
  locale,
  timeZone,
  fallback = null,
  children,
}: {
  locale: string;
  /** A valid IANA time zone */
  timeZone: string;
  fallback?: ReactNode;
  children: ReactNode;
}) {
  const resolved = resolveLocale(locale);
  const [loaded, setLoaded] = useState<{ locale: string; messages: MessageTree } | null>(() =>
    resolved === 'en' ? { locale: 'en', messages: english.texts } : null,
  );

  useEffect(() => {
    if (loaded?.locale === resolved) return;
    let live = true;
    loadMessages(resolved).then(
      (messages) => {
        if (live) setLoaded({ locale: resolved, messages });
      },
      () => {
        // A chunk that failed to load must not leave the agent with nothing: English it is.
        if (live) setLoaded({ locale: resolved, messages: english.texts });
      },
    );
    return () => {
      live = false;
    };
  }, [resolved, loaded]);

  useEffect(() => {
    // Screen readers pick their voice from the document's language.
    if (loaded !== null) document.documentElement.lang = loaded.locale;
  }, [loaded]);

  const value = useMemo<I18n | null>(
    () =>
      loaded === null || loaded.locale !== resolved
        ? null
        : { ...createTranslator(locale, loaded.messages), format: createFormatters(locale, timeZone) },
    [loaded, resolved, locale, timeZone],
  );

  return value === null ? fallback : <I18nContext.Provider value={value}>{children}</I18nContext.Provider>;
}

export function useI18n(): I18n {
  const i18n = useContext(I18nContext);
  if (i18n === null) throw new Error('useI18n must be used inside <I18nProvider>');
  return i18n;
}
