import { lazy } from 'react';
import { withAllEnglish } from '../../../i18n/englishTexts';

// The forms (and react-hook-form with them) are not needed to show the ticket's
// calls: they load in their own chunk, fetched once the list is on screen, while the agent reads it.
const loadLogCallForm = withAllEnglish(() => import('../../features/log-call/LogCallForm'));
const loadUpdateCallForm = withAllEnglish(() => import('../../features/update-call/UpdateCallForm'));

export const LogCallForm = lazy(async () => ({ default: (await loadLogCallForm()).LogCallForm }));
export const UpdateCallForm = lazy(async () => ({ default: (await loadUpdateCallForm()).UpdateCallForm }));

/** Fetches the forms' code once the browser is idle, so opening a form does not wait for the network. */
export function preloadForms(): () => void {
  const load = () => {
    void loadLogCallForm();
    void loadUpdateCallForm();
  };
  if (typeof window.requestIdleCallback === 'function') {
    const handle = window.requestIdleCallback(load, { timeout: 2000 });
    return () => {
      window.cancelIdleCallback(handle);
    };
  }
  const timer = setTimeout(load, 200);
  return () => {
    clearTimeout(timer);
  };
}
