import { Suspense, lazy } from 'react';
import type { ReactNode } from 'react';
import { whenUsable } from '../markUsable';
import { CalloutFallback } from './CalloutFallback';

export interface CalloutProps {
  type: 'success' | 'warning' | 'error' | 'info';
  title?: string;
  role?: 'alert' | 'status' | 'group' | undefined;
  /** The accessible name, for a callout that stands for a thing (a call that could not be read) */
  label?: string;
  children?: ReactNode;
}

// Errors, warnings and set-up problems are rare: Garden's notifications stay out of the first paint.
// Often they come with a network down: then the same words show in a plain box instead.
const loadCalloutAlert = () => import('./CalloutAlert');
const CalloutAlert = lazy(async () => {
  try {
    return { default: (await loadCalloutAlert()).CalloutAlert };
  } catch {
    return { default: CalloutFallback };
  }
});

/**
 * Fetches Garden's alert once the location is usable, so that a problem later shows
 * at once, and styled, even when the network has gone by then. Returns a cancel.
 */
export function preloadCallout(): () => void {
  return whenUsable(() => {
    loadCalloutAlert().catch(() => {
      // Not fetched now: a callout that shows later tries again, or falls back to plain words.
    });
  });
}

/** A message inside the page (a failure, a warning, a set-up problem), with an optional title. */
export function Callout(props: CalloutProps) {
  return (
    <Suspense fallback={null}>
      <CalloutAlert {...props} />
    </Suspense>
  );
}
