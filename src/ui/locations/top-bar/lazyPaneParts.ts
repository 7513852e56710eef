import { lazy } from 'react';
import { whenUsable } from '../../shared/markUsable';
import { preloadCallout } from '../../shared/notices/Callout';

// The callers found and their tickets show only once a number is typed, and logging happens only
// on a press: none is needed to type the number, so all load right after the pane is usable.
const loadCallerOptions = () => import('./CallerOptions');
const loadTicketOptions = () => import('./TicketOptions');
const loadLoggedNotKept = () => import('./LoggedNotKept');
export const loadLogTopBarCall = () => import('../../../calls/callers/logTopBarCall');
export const loadNotKeptMemory = () => import('../../../calls/notKeptMemory');
export const loadCommentTitle = () => import('./commentTitle');
export const loadSearchCallers = () => import('../../../calls/callers/searchCallers');
export const loadOpenTickets = () => import('../../../calls/callers/openTickets');

export const CallerOptions = lazy(async () => ({ default: (await loadCallerOptions()).CallerOptions }));
export const NewCaller = lazy(async () => ({ default: (await loadCallerOptions()).NewCaller }));
export const TicketOptions = lazy(async () => ({ default: (await loadTicketOptions()).TicketOptions }));
export const LoggedNotKept = lazy(async () => ({ default: (await loadLoggedNotKept()).LoggedNotKept }));

/** Fetches the pane's later parts once it is usable; returns a cancel for an unmount before that. */
export function preloadPaneParts(): () => void {
  const cancelCallout = preloadCallout();
  const cancelParts = whenUsable(() => {
    void loadSearchCallers();
    void loadCallerOptions();
    void loadOpenTickets();
    void loadTicketOptions();
    void loadLogTopBarCall();
    void loadNotKeptMemory();
    void loadCommentTitle();
    void loadLoggedNotKept();
  });
  return () => {
    cancelCallout();
    cancelParts();
  };
}
