import { useRef, useState } from 'react';
import { logTopBarCall } from '../../../calls/callers/logTopBarCall';
import type { CallerChoice, LogAttempt } from '../../../calls/callers/logTopBarCall';
import type { TopBarCall } from '../../../calls/callers/topBarCall';
import { retryAtOf, toCallApiError } from '../../../calls/errors';
import type { Transport } from '../../../calls/transport';
import type { ZafClient } from '../../../zaf/types';
import type { SubmitProblem } from '../../shared/form/submitProblem';

export type LogState =
  | { status: 'editing' }
  | { status: 'saving' }
  | { status: 'failed'; submitProblem: SubmitProblem }
  | { status: 'notOpened'; ticketId: number };

export type LogRequest = { caller: CallerChoice; call: Omit<TopBarCall, 'callerId' | 'externalId' | 'startedAt'> };

interface Draft {
  /** The number the draft is for: a user made for one number is not the caller of another */
  phone: string;
  externalId: string;
  /** When the agent first pressed Log call: a retry is the same call */
  startedAt: string;
  attempt: LogAttempt;
}

/**
 * Logs the call once per click (a second click while one is out does nothing),
 * keeps the draft's external_id and created user across retries, then opens the
 * ticket and closes the pane.
 */
export function useLogCall(client: ZafClient, transport: Transport, onLogged: () => void) {
  const [state, setState] = useState<LogState>({ status: 'editing' });
  const inFlight = useRef(false);
  const draft = useRef<Draft | null>(null);

  const log = async (request: LogRequest) => {
    if (inFlight.current) return;
    inFlight.current = true;
    setState({ status: 'saving' });
    const phone = request.call.callerPhone;
    if (draft.current?.phone !== phone) {
      draft.current = {
        phone,
        externalId: crypto.randomUUID(),
        startedAt: new Date().toISOString(),
        attempt: { createdCallerId: null },
      };
    }
    const { externalId, startedAt, attempt } = draft.current;
    try {
      const logged = await logTopBarCall(
        transport,
        request.caller,
        { ...request.call, externalId, startedAt },
        attempt,
      );
      draft.current = null;
      try {
        await client.routeToTicket(logged.ticketId);
      } catch {
        setState({ status: 'notOpened', ticketId: logged.ticketId });
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
