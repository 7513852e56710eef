import { lazy } from 'react';
import { whenUsable } from '../../shared/markUsable';

// One call's details (its sections and every field's formatting) are not needed to list the calls:
// their own chunk, fetched once the list is usable, so opening a call does not wait for the network.
const loadCallDetails = () => import('../../features/call-details/CallDetails');

export const CallDetails = lazy(async () => ({ default: (await loadCallDetails()).CallDetails }));

/** Starts fetching the details' code once the location is usable; returns a cancel for an unmount before that. */
export function preloadCallDetails(): () => void {
  return whenUsable(() => {
    void loadCallDetails();
  });
}
