import { useCallback, useEffect, useRef, useState } from 'react';
import { toCallApiError } from '../../../calls/errors';
import type { ApiProblem } from '../../../calls/errors';
import { findTicketCalls, readCall, sortNewestFirst } from '../../../calls/findTicketCalls';
import type { CallRead } from '../../../calls/findTicketCalls';
import type { CallRecord } from '../../../calls/schema';
import type { Transport } from '../../../calls/transport';
import { foundSoFar, newerOf, settleRead } from './listProgress';
import type { ListProgress } from './listProgress';

/** A record a voice comment names that could not be read, and whether the agent asked to read it again. */
export interface UnreadableEntry {
  callId: number;
  problem: ApiProblem;
  retrying: boolean;
}

export type TicketCallsState =
  | { status: 'loading' }
  | {
      status: 'ready';
      refreshing: boolean;
      calls: CallRecord[];
      unreadable: UnreadableEntry[];
      /** Records found on the ticket whose read has not settled yet */
      pending: readonly number[];
      /** Pages of comments are still being read: more calls may turn up */
      searching: boolean;
    }
  | { status: 'failed'; problem: ApiProblem };

export interface TicketCallsHandle {
  state: TicketCallsState;
  reload: () => void;
  /** Reads one record that could not be read, and only that one */
  retry: (callId: number) => void;
  /** Puts a created or updated record in the list without asking Zendesk again */
  upsert: (call: CallRecord) => void;
  /** One call: from the list, or a record saved here while the list is missing or still loading */
  find: (callId: number) => CallRecord | null | 'loading';
  /** Why a call on this ticket could not be read, or null */
  problemOf: (callId: number) => UnreadableEntry | null;
}

/** The calls logged on a ticket, found through its voice comments, shown as each record arrives. */
export function useTicketCalls(transport: Transport, ticketId: number): TicketCallsHandle {
  const [state, setState] = useState<TicketCallsState>({ status: 'loading' });
  const [generation, setGeneration] = useState(0);
  const [saved, setSaved] = useState<ReadonlyMap<number, CallRecord>>(new Map());
  // The loads read what was saved here as it is at that moment, not as it was when they started.
  const savedRef = useRef(saved);

  useEffect(() => {
    let live = true;
    let progress: ListProgress = { calls: new Map(), unreadable: new Map(), pending: [], searching: true };
    // The first load shows each record as it comes; a refresh keeps the list as it was until it is done.
    const show = (next: ListProgress, done: boolean) => {
      progress = next;
      if (!live) return;
      setState((current) => {
        if (!done && current.status === 'ready' && current.refreshing) return current;
        if (!done && progress.calls.size + progress.unreadable.size === 0) return current;
        return foundSoFar(progress, savedRef.current);
      });
    };
    findTicketCalls(transport, ticketId, {
      onCallIds: (callIds) => {
        show({ ...progress, pending: [...progress.pending, ...callIds] }, false);
      },
      onRead: (read: CallRead) => {
        show(settleRead(progress, read), false);
      },
    }).then(
      () => {
        show({ ...progress, searching: false }, true);
      },
      (error: unknown) => {
        if (live) setState({ status: 'failed', problem: toCallApiError(error).problem });
      },
    );
    return () => {
      live = false;
    };
  }, [transport, ticketId, generation]);

  const reload = useCallback(() => {
    // The list stays visible while it refreshes; a failed list shows the spinner again.
    setState((current) => (current.status === 'ready' ? { ...current, refreshing: true } : { status: 'loading' }));
    setGeneration((current) => current + 1);
  }, []);

  const retry = useCallback(
    (callId: number) => {
      const mark = (change: (entry: UnreadableEntry) => UnreadableEntry | null, call?: CallRecord) => {
        setState((current) => {
          if (current.status !== 'ready') return current;
          const unreadable = current.unreadable.flatMap((entry) => {
            if (entry.callId !== callId) return [entry];
            const changed = change(entry);
            return changed === null ? [] : [changed];
          });
          const calls = call === undefined ? current.calls : sortNewestFirst([...current.calls, call]);
          return { ...current, unreadable, calls };
        });
      };
      mark((entry) => ({ ...entry, retrying: true }));
      void readCall(transport, callId).then((read) => {
        if ('call' in read) mark(() => null, newerOf(read.call, savedRef.current.get(callId)));
        else mark(() => ({ callId, problem: read.problem, retrying: false }));
      });
    },
    [transport],
  );

  const upsert = useCallback((call: CallRecord) => {
    savedRef.current = new Map(savedRef.current).set(call.id, call);
    setSaved(savedRef.current);
    setState((current) =>
      current.status === 'ready'
        ? {
            ...current,
            calls: sortNewestFirst([call, ...current.calls.filter((known) => known.id !== call.id)]),
            unreadable: current.unreadable.filter((entry) => entry.callId !== call.id),
          }
        : current,
    );
  }, []);

  const find = (callId: number): CallRecord | null | 'loading' => {
    const listed = state.status === 'ready' ? state.calls.find((call) => call.id === callId) : undefined;
    const stillComing =
      state.status === 'loading' || (state.status === 'ready' && (state.searching || state.pending.includes(callId)));
    return listed ?? saved.get(callId) ?? (stillComing ? 'loading' : null);
  };

  const problemOf = (callId: number): UnreadableEntry | null =>
    state.status === 'ready' ? (state.unreadable.find((entry) => entry.callId === callId) ?? null) : null;

  return { state, reload, retry, upsert, find, problemOf };
}
