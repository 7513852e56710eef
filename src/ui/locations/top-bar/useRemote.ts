import { useEffect, useRef, useState } from 'react';
import { retryAtOf, toCallApiError } from '../../../calls/errors';
import type { ApiProblem } from '../../../calls/errors';

export type Remote<Data> =
  | { status: 'idle' }
  | { status: 'loading' }
  | { status: 'ready'; data: Data }
  | { status: 'failed'; problem: ApiProblem; retryAt: number | null };

interface Keyed<Data> {
  key: string | null;
  attempt: number;
  state: Remote<Data>;
}

/**
 * Loads `load(key)` once per settled key (after `delayMs` without a change),
 * ignoring every answer but the latest key's; `retry` asks again for the same key.
 */
export function useRemote<Data>(
  key: string | null,
  load: (key: string) => Promise<Data>,
  delayMs: number,
): { state: Remote<Data>; retry: () => void } {
  const [current, setCurrent] = useState<Keyed<Data>>({ key: null, attempt: 0, state: { status: 'idle' } });
  const [attempt, setAttempt] = useState(0);
  const latestLoad = useRef(load);
  useEffect(() => {
    latestLoad.current = load;
  });
  if (current.key !== key) {
    // A new key: what was shown for the old one is stale at once, not after the wait.
    setCurrent({ key, attempt, state: key === null ? { status: 'idle' } : { status: 'loading' } });
  }
  useEffect(() => {
    if (key === null) return;
    let live = true;
    const timer = setTimeout(() => {
      setCurrent({ key, attempt, state: { status: 'loading' } });
      latestLoad.current(key).then(
        (data) => {
          if (live) setCurrent({ key, attempt, state: { status: 'ready', data } });
        },
        (error: unknown) => {
          if (!live) return;
          const { problem } = toCallApiError(error);
          setCurrent({ key, attempt, state: { status: 'failed', problem, retryAt: retryAtOf(problem) } });
        },
      );
    }, delayMs);
    return () => {
      live = false;
      clearTimeout(timer);
    };
  }, [key, attempt, delayMs]);
  return {
    state: current.key === key ? current.state : { status: key === null ? 'idle' : 'loading' },
    retry: () => {
      setAttempt((value) => value + 1);
    },
  };
}
