import { createContext, useContext, useEffect, useMemo, useState } from 'react';
import type { ReactNode } from 'react';
import type { FormContext } from '../../../calls/form/schema';
import { loadPhoneNormaliser, normaliseInternationalOnly } from '../../../calls/input/phone';
import type { PhoneNormaliser } from '../../../calls/input/phone';
import { useI18n } from '../../../i18n/I18nProvider';
import { whenUsable } from '../markUsable';

interface Normaliser {
  normalise: PhoneNormaliser;
  /** Asks for the phone library: called by the first form that reads phones, not at start-up */
  want: () => void;
}

const NormaliserContext = createContext<Normaliser | null>(null);

/**
 * Loads the phone library for the admin's default country (from the app's
 * settings) when the first form asks for it, once for every form the location
 * opens: the list view never pays for it. Until it has loaded (a few
 * milliseconds) only international numbers are read. With `afterUsable`, a
 * form that is the location's first screen asks for it only once that screen
 * is usable (see markUsable), so its field does not wait for the library.
 */
export function CallFormToolsProvider({
  defaultCountry,
  afterUsable = false,
  children,
}: {
  defaultCountry: string | null;
  afterUsable?: boolean;
  children: ReactNode;
}) {
  const [wanted, setWanted] = useState(false);
  const [loaded, setLoaded] = useState<{ country: string | null; normalise: PhoneNormaliser } | null>(null);
  useEffect(() => {
    if (!wanted) return;
    let live = true;
    const load = () => {
      loadPhoneNormaliser(defaultCountry).then(
        (normalise) => {
          if (live) setLoaded({ country: defaultCountry, normalise });
        },
        () => {
          // Without the library, international numbers still work; nothing is lost.
        },
      );
    };
    const cancel = afterUsable ? whenUsable(load) : (load(), () => undefined);
    return () => {
      live = false;
      cancel();
    };
  }, [wanted, defaultCountry, afterUsable]);
  const normalise = loaded?.country === defaultCountry ? loaded.normalise : normaliseInternationalOnly;
  const value = useMemo<Normaliser>(
    () => ({
      normalise,
      want: () => {
        setWanted(true);
      },
    }),
    [normalise],
  );
  return <NormaliserContext.Provider value={value}>{children}</NormaliserContext.Provider>;
}

/** What the forms need to read typed text: the agent's time zone (i18n's, the one the app formats in) and the phone normaliser. */
export function useCallFormTools(): FormContext {
  const normaliser = useContext(NormaliserContext);
  const { timeZone } = useI18n().format;
  const want = normaliser?.want;
  useEffect(() => want?.(), [want]);
  const tools = useMemo(
    () => (normaliser === null ? null : { timeZone, normalisePhone: normaliser.normalise }),
    [timeZone, normaliser],
  );
  if (tools === null) throw new Error('useCallFormTools must be used inside <CallFormToolsProvider>');
  return tools;
}
