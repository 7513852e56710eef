import { useCallback, useEffect, useState } from 'react';
import { toCallApiError } from '../../../calls/errors';
import type { ApiProblem } from '../../../calls/errors';
import { findTicketCalls, sortNewestFirst } from '../../../calls/findTicketCalls';
import type { TicketCalls } from '../../../calls/findTicketCalls';
import type { CallRecord } from '../../../calls/schema';
import type { Transport } from '../../../calls/transport';

export type TicketCallsState =
  | { status: 'loading' }
  | ({ status: 'ready'; refreshing: boolean } & TicketCalls)
  | { status: 'failed'; problem: ApiProblem };

export interface TicketCallsHandle {
  state: TicketCallsState;
  reload: () => void;
  /** Puts a created or updated record in the list without asking Zendesk again */
  upsert: (call: CallRecord) => void;
  /** One call: from the list, or a record saved here while the list is missing or still loading */
  find: (callId: number) => CallRecord | null | 'loading';
}

/** The calls logged on a ticket, found through its voice comments. */
export function useTicketCalls(transport: Transport, ticketId: number): TicketCallsHandle {
  const [state, setState] = useState<TicketCallsState>({ status: 'loading' });
  const [generation, setGeneration] = useState(0);
  const [saved, setSaved] = useState<ReadonlyMap<number, CallRecord>>(new Map());

  useEffect(() => {
    let live = true;
    findTicketCalls(transport, ticketId).then(
      (found) => {
        if (live) setState({ status: 'ready', refreshing: false, ...found });
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

  const upsert = useCallback((call: CallRecord) => {
    setSaved((current) => new Map(current).set(call.id, call));
    setState((current) =>
      current.status === 'ready'
        ? { ...current, calls: sortNewestFirst([call, ...current.calls.filter((known) => known.id !== call.id)]) }
        : current,
    );
  }, []);

  const find = (callId: number): CallRecord | null | 'loading' => {
    const listed = state.status === 'ready' ? state.calls.find((call) => call.id === callId) : undefined;
    return listed ?? saved.get(callId) ?? (state.status === 'loading' ? 'loading' : null);
  };

  return { state, reload, upsert, find };
}
