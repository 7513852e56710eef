import { useEffect, useState } from 'react';
import { useI18n } from '../../../i18n/I18nProvider';

/**
 * A running clock (h:mm:ss) since `since` (epoch ms), re-rendering only its
 * own text once a second. role="timer" is implicitly aria-live="off": screen
 * readers read it when asked, never on every tick.
 */
export function LiveClock({ since, label }: { since: number; label?: (clock: string) => string }) {
  const { format } = useI18n();
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    const timer = setInterval(() => {
      setNow(Date.now());
    }, 1000);
    return () => {
      clearInterval(timer);
    };
  }, []);
  const clock = format.clock(Math.max(0, Math.floor((now - since) / 1000)));
  return <span role="timer">{label === undefined ? clock : label(clock)}</span>;
}
