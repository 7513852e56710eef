import { lazy } from 'react';
import { withAllEnglish } from '../../../i18n/englishTexts';
import { whenUsable } from '../../shared/markUsable';
import { preloadCallout } from '../../shared/notices/Callout';

// One call's details (its sections and every field's formatting) are not needed to list the calls:
// their own chunk, fetched once the list is usable, so opening a call does not wait for the network.
const loadCallDetails = withAllEnglish(() => import('../../features/call-details/CallDetails'));

export const CallDetails = lazy(async () => ({ default: (await loadCallDetails()).CallDetails }));

/** Starts fetching the details' code (and the alerts') once the location is usable; returns a cancel for an unmount before that. */
export function preloadCallDetails(): () => void {
  const cancelCallout = preloadCallout();
  const cancelDetails = whenUsable(() => {
    void loadCallDetails();
  });
  return () => {
    cancelCallout();
    cancelDetails();
  };
}
