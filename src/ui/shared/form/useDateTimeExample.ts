import { useMemo } from 'react';
import { exampleText } from '../../../calls/input/timeText';
import { useI18n } from '../../../i18n/I18nProvider';

/** A date-time written the agent's way, for messages that show what the inputs take ("17.01.2026, 19:29"). */
export function useDateTimeExample(): string {
  const { locale } = useI18n().format;
  return useMemo(() => exampleText(locale, new Date().getFullYear()), [locale]);
}
