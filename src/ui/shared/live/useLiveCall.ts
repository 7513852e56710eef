import { useCallback, useState } from 'react';
import { clearLiveCall, liveCallKey, readLiveCall, resume, startHold, writeLiveCall } from '../../../calls/live';
import type { LiveCallState } from '../../../calls/live';
import { useSession } from '../session/SessionProvider';

export interface LiveCall {
  state: LiveCallState;
  hold: () => void;
  resume: () => void;
  /** End call was stored at `endedAt`: holds closed, the wrap-up time counts from here */
  ended: (endedAt: number) => void;
  /** The wrap-up is saved or skipped: nothing of the live call is kept */
  forget: () => void;
}

/** One call's holds and End-call time, kept in storage per installation and call so a reload keeps them. */
export function useLiveCall(callId: number): LiveCall {
  const { installationId } = useSession();
  const key = liveCallKey(installationId, callId);
  const [state, setState] = useState(() => readLiveCall(key));
  const keep = useCallback(
    (change: (current: LiveCallState) => LiveCallState) => {
      // Read again: the card and the details of one call may both have changed it.
      const next = change(readLiveCall(key));
      writeLiveCall(key, next);
      setState(next);
    },
    [key],
  );
  return {
    state,
    hold: () => {
      keep((current) => ({ ...current, holds: startHold(current.holds, Date.now()) }));
    },
    resume: () => {
      keep((current) => ({ ...current, holds: resume(current.holds, Date.now()) }));
    },
    ended: (endedAt) => {
      keep((current) => ({ holds: resume(current.holds, endedAt), endedAt }));
    },
    forget: () => {
      clearLiveCall(key);
      setState({ holds: [], endedAt: null });
    },
  };
}
