import { useRef, useState } from 'react';
import type { CallerChoice } from '../../../calls/callers/logTopBarCall';
import type { TopBarCall } from '../../../calls/callers/topBarCall';
import { retryAtOf, toCallApiError } from '../../../calls/errors';
import type { CallFieldName } from '../../../calls/fields';
import type { Transport } from '../../../calls/transport';
import { loadAllEnglish } from '../../../i18n/englishTexts';
import { useI18n } from '../../../i18n/I18nProvider';
import type { ZafClient } from '../../../zaf/types';
import type { SubmitProblem } from '../../shared/form/submitProblem';
import { loadCommentTitle, loadLogTopBarCall, loadNotKeptMemory } from './lazyPaneParts';
import type { PendingLog } from './paneDraft';

export type LogState =
  | { status: 'editing' }
  | { status: 'saving' }
  | { status: 'failed'; submitProblem: SubmitProblem }
  | { status: 'notOpened'; ticketId: number }
  /** Logged and opened, but Zendesk dropped some fields sent: the pane stays open to say which */
  | { status: 'notKept'; ticketId: number; notKept: CallFieldName[] };

export type LogRequest = {
  caller: CallerChoice;
  call: Omit<TopBarCall, 'callerId' | 'externalId' | 'startedAt' | 'title'>;
};

/** The draft's pending log, read and kept by the pane's draft so that a reload keeps it too. */
export interface PendingStore {
  pending: PendingLog | null;
  keepPending: (pending: PendingLog) => void;
  /** The call is logged: nothing of its draft is to be sent again */
  forget: () => void;
}

/** The pending log of a number: the one kept for it, or a new call with its own external_id. */
function pendingFor(phone: string, kept: PendingLog | null): PendingLog {
  if (kept?.phone === phone) return kept;
  return {
    phone,
    externalId: crypto.randomUUID(),
    startedAt: new Date().toISOString(),
    createdCallerId: null,
    sentTo: null,
  };
}

/**
 * Logs the call once per click (a second click while one is out does nothing),
 * keeps the draft's external_id, created user and sent create across retries and
 * reloads, then opens the ticket and closes the pane.
 */
export function useLogCall(
  client: ZafClient,
  transport: Transport,
  installationId: number | null,
  store: PendingStore,
  onLogged: () => void,
) {
  const i18n = useI18n();
  const [state, setState] = useState<LogState>({ status: 'editing' });
  const inFlight = useRef(false);

  const log = async (request: LogRequest) => {
    if (inFlight.current) return;
    inFlight.current = true;
    setState({ status: 'saving' });
    const pending = pendingFor(request.call.callerPhone, store.pending);
    store.keepPending(pending);
    const { externalId, startedAt } = pending;
    try {
      const attempt = { createdCallerId: pending.createdCallerId, sentTo: pending.sentTo };
      // Preloaded once the pane was usable; a chunk that cannot load fails like the request would.
      // The comment's words come with the logging code (English's after the first paint): all preloaded once usable.
      const [{ logTopBarCall }, { NotKeptMemory }, { commentTitle }] = await Promise.all([
        loadLogTopBarCall(),
        loadNotKeptMemory(),
        loadCommentTitle(),
        loadAllEnglish(),
      ]);
      const title = commentTitle(i18n, request.call.direction, request.call.callerPhone);
      const logged = await logTopBarCall(
        transport,
        request.caller,
        { ...request.call, title, externalId, startedAt },
        attempt,
        (kept) => {
          store.keepPending({ ...pending, ...kept });
        },
      );
      // The sidebar's forms stop offering what this account does not keep.
      new NotKeptMemory(installationId).record(logged.sent, logged.notKept);
      try {
        await client.routeToTicket(logged.ticketId);
      } catch {
        // Logged: this draft is done even if the ticket did not open, or a second press would log it twice.
        store.forget();
        setState({ status: 'notOpened', ticketId: logged.ticketId });
        return;
      }
      store.forget();
      if (logged.notKept.length > 0) {
        // The ticket is open; the pane stays so the agent reads what Zendesk did not keep.
        setState({ status: 'notKept', ticketId: logged.ticketId, notKept: logged.notKept });
        return;
      }
      await client.hidePopover().catch(() => {
        // A pane the host cannot close stays open on a fresh draft; the ticket is open either way.
      });
      onLogged();
    } catch (error) {
      const { problem } = toCallApiError(error);
      const retryAt = retryAtOf(problem);
      const unplaced = problem.kind === 'invalid' ? problem.fields : {};
      setState({ status: 'failed', submitProblem: { problem, unplaced, retryAt } });
    } finally {
      inFlight.current = false;
    }
  };

  return { state, log };
}
