import { createContext, useContext, useEffect, useMemo, useState } from 'react';
import type { ReactNode } from 'react';
import type { FormContext } from '../../../calls/form/schema';
import { loadPhoneNormaliser, normaliseInternationalOnly } from '../../../calls/input/phone';

export interface CallFormTools extends FormContext {
  /** The admin's default country for national numbers, or null */
  defaultCountry: string | null;
}

const ToolsContext = createContext<CallFormTools | null>(null);

/**
 * What the forms need to read typed text: the agent's time zone and a phone
 * normaliser. The phone library loads on first use; until then (a few
 * milliseconds) only international numbers are read.
 */
export function CallFormToolsProvider({
  timeZone,
  defaultCountry,
  children,
}: {
  timeZone: string;
  defaultCountry: string | null;
  children: ReactNode;
}) {
  const [loaded, setLoaded] = useState<{ country: string | null; normalise: FormContext['normalisePhone'] } | null>(
    null,
  );
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
  const tools = useMemo(
    () => ({ timeZone, defaultCountry, normalisePhone }),
    [timeZone, defaultCountry, normalisePhone],
  );
  return <ToolsContext.Provider value={tools}>{children}</ToolsContext.Provider>;
}

export function useCallFormTools(): CallFormTools {
  const tools = useContext(ToolsContext);
  if (tools === null) throw new Error('useCallFormTools must be used inside <CallFormToolsProvider>');
  return tools;
}
