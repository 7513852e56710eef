import { createContext, useContext, useEffect, useMemo, useState } from 'react';
import type { ReactNode } from 'react';
import type { FormContext } from '../../../calls/form/schema';
import { loadPhoneNormaliser, normaliseInternationalOnly } from '../../../calls/input/phone';
import type { PhoneNormaliser } from '../../../calls/input/phone';
import { useI18n } from '../../../i18n/I18nProvider';

const NormaliserContext = createContext<PhoneNormaliser | null>(null);

/**
 * Loads the phone library for the admin's default country (from the app's
 * settings), once for every form the location opens. Until it has loaded (a
 * few milliseconds) only international numbers are read.
 */
export function CallFormToolsProvider({
  defaultCountry,
  children,
}: {
  defaultCountry: string | null;
  children: ReactNode;
}) {
  const [loaded, setLoaded] = useState<{ country: string | null; normalise: PhoneNormaliser } | null>(null);
  useEffect(() => {
    let live = true;
    loadPhoneNormaliser(defaultCountry).then(
      (normalise) => {
        if (live) setLoaded({ country: defaultCountry, normalise });
      },
      () => {
        // Without the library, international numbers still work; nothing is lost.
      },
    );
    return () => {
      live = false;
    };
  }, [defaultCountry]);
  const normalisePhone = loaded?.country === defaultCountry ? loaded.normalise : normaliseInternationalOnly;
  return <NormaliserContext.Provider value={normalisePhone}>{children}</NormaliserContext.Provider>;
}

/** What the forms need to read typed text: the agent's time zone (i18n's, the one the app formats in) and the phone normaliser. */
export function useCallFormTools(): FormContext {
  const normalisePhone = useContext(NormaliserContext);
  const { timeZone } = useI18n().format;
  const tools = useMemo(
    () => (normalisePhone === null ? null : { timeZone, normalisePhone }),
    [timeZone, normalisePhone],
  );
  if (tools === null) throw new Error('useCallFormTools must be used inside <CallFormToolsProvider>');
  return tools;
}
