import type { ApiProblem } from '../../../calls/errors';
import { sortNewestFirst } from '../../../calls/findTicketCalls';
import type { CallRead } from '../../../calls/findTicketCalls';
import type { CallRecord } from '../../../calls/schema';
import type { TicketCallsState } from './useTicketCalls';

/** What a load of the ticket's calls has found so far. */
export interface ListProgress {
  calls: ReadonlyMap<number, CallRecord>;
  unreadable: ReadonlyMap<number, ApiProblem>;
  pending: readonly number[];
  searching: boolean;
}

/** A record saved here may be fresher than a read that was already on its way. */
export function newerOf(read: CallRecord, saved: CallRecord | undefined): CallRecord {
  if (saved === undefined) return read;
  return Date.parse(saved.updated_at ?? '') > Date.parse(read.updated_at ?? '') ? saved : read;
}

/** One more read settled: its record (or its problem) joins what was found, and it is pending no more. */
export function settleRead(progress: ListProgress, read: CallRead): ListProgress {
  const pending = progress.pending.filter((callId) => callId !== read.callId);
  if ('call' in read) return { ...progress, pending, calls: new Map(progress.calls).set(read.callId, read.call) };
  return { ...progress, pending, unreadable: new Map(progress.unreadable).set(read.callId, read.problem) };
}

/** The list as the agent sees it: newest first, records saved here winning over older reads and always listed. */
export function foundSoFar(
  progress: ListProgress,
  saved: ReadonlyMap<number, CallRecord>,
): Extract<TicketCallsState, { status: 'ready' }> {
  return {
    status: 'ready',
    refreshing: false,
    calls: sortNewestFirst([
      ...[...progress.calls.values()].map((call) => newerOf(call, saved.get(call.id))),
      ...[...saved.values()].filter((call) => !progress.calls.has(call.id)),
    ]),
    unreadable: [...progress.unreadable]
      .filter(([callId]) => !saved.has(callId))
      .sort(([a], [b]) => b - a)
      .map(([callId, problem]) => ({ callId, problem, retrying: false })),
    pending: progress.pending,
    searching: progress.searching,
  };
}
