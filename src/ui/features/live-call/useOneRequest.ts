import { useCallback, useRef, useState } from 'react';
import { retryAtOf, toCallApiError } from '../../../calls/errors';
import type { ApiProblem } from '../../../calls/errors';
import { useCountdown } from '../../shared/form/useCountdown';

export interface OneRequest {
  busy: boolean;
  /** Why the last try failed, if it did */
  problem: ApiProblem | null;
  /** Seconds until Zendesk accepts another try after a 429 */
  secondsToWait: number;
  /** Runs `work` unless a request is out already: a double click sends once */
  run: (work: () => Promise<void>) => Promise<void>;
}

/** One request at a time, its failure kept for display, as the forms do it. */
export function useOneRequest(): OneRequest {
  const inFlight = useRef(false);
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<ApiProblem | null>(null);
  const [retryAt, setRetryAt] = useState<number | null>(null);
  const secondsToWait = useCountdown(retryAt);
  const run = useCallback(async (work: () => Promise<void>) => {
    // A second click lands here before React re-renders the disabled button.
    if (inFlight.current) return;
    inFlight.current = true;
    setBusy(true);
    setProblem(null);
    try {
      await work();
    } catch (error) {
      const failed = toCallApiError(error).problem;
      setProblem(failed);
      setRetryAt(retryAtOf(failed));
    } finally {
      inFlight.current = false;
      setBusy(false);
    }
  }, []);
  return { busy, problem, secondsToWait, run };
}

/** The message a failed request left for one field (a 422, or a value refused before sending). */
export function fieldProblem(problem: ApiProblem | null, name: string): string | null {
  if (problem?.kind !== 'invalid') return null;
  const messages = problem.fields[name];
  return messages === undefined || messages.length === 0 ? null : messages.join(' ');
}
