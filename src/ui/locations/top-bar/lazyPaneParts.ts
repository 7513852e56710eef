import { lazy } from 'react';
import { whenUsable } from '../../shared/markUsable';
import { preloadCallout } from '../../shared/notices/Callout';

// The callers found show only once a number is typed, and logging happens only on a press:
// neither is needed to type the number, so both load right after the pane is usable.
// (The ticket choices stay: their Garden tag is the sidebar's too, and a chunk of their own would split it.)
const loadCallerOptions = () => import('./CallerOptions');
export const loadLogTopBarCall = () => import('../../../calls/callers/logTopBarCall');

export const CallerOptions = lazy(async () => ({ default: (await loadCallerOptions()).CallerOptions }));
export const NewCaller = lazy(async () => ({ default: (await loadCallerOptions()).NewCaller }));

/** Fetches the pane's later parts once it is usable; returns a cancel for an unmount before that. */
export function preloadPaneParts(): () => void {
  const cancelCallout = preloadCallout();
  const cancelParts = whenUsable(() => {
    void loadCallerOptions();
    void loadLogTopBarCall();
  });
  return () => {
    cancelCallout();
    cancelParts();
  };
}
