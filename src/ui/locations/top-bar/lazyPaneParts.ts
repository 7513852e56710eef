import { lazyPart } from '../../shared/lazyPart';
import { whenUsable } from '../../shared/markUsable';
import { preloadCallout } from '../../shared/notices/Callout';

// The callers found and their tickets show only once a number is typed, logging happens only on a
// press, problems only after a request: none is needed to type the number, so all load right after usable.
const loadCallerOptions = () => import('./CallerOptions');
const loadProblems = () => import('./paneProblems');
const loadTicketOptions = () => import('./TicketOptions');
const loadLoggedNotKept = () => import('./LoggedNotKept');
export const loadLogTopBarCall = () => import('../../../calls/callers/logTopBarCall');
export const loadNotKeptMemory = () => import('../../../calls/notKeptMemory');
export const loadCommentTitle = () => import('./commentTitle');
export const loadSearchCallers = () => import('../../../calls/callers/searchCallers');
export const loadOpenTickets = () => import('../../../calls/callers/openTickets');

export const CallerOptions = lazyPart(async () => (await loadCallerOptions()).CallerOptions);
export const NewCaller = lazyPart(async () => (await loadCallerOptions()).NewCaller);
export const TicketOptions = lazyPart(async () => (await loadTicketOptions()).TicketOptions);
export const LoggedNotKept = lazyPart(async () => (await loadLoggedNotKept()).LoggedNotKept);
export const PendingLogNotice = lazyPart(async () => (await loadProblems()).PendingLogNotice);
export const RemoteProblem = lazyPart(async () => (await loadProblems()).RemoteProblem);
export const FormProblem = lazyPart(async () => (await loadProblems()).FormProblem);

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
    void loadProblems();
  });
  return () => {
    cancelCallout();
    cancelParts();
  };
}
