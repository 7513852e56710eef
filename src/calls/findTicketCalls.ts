import { getCall } from './getCall';
import { CallApiError, toCallApiError } from './errors';
import { firstCommentsPage } from './firstCommentsPage';
import type { ApiProblem } from './errors';
import { ticketCommentsPageSchema } from './schema';
import type { CallRecord, TicketCommentsPage } from './schema';
import { send } from './send';
import type { Transport } from './transport';

export const VOICE_COMMENT_TYPE = 'TpeVoiceComment';
/** 100 pages of 100 comments: far beyond any real ticket, and a stop if a server loops its cursors. */
const MAX_PAGES = 100;

export interface TicketCalls {
  /** Newest first */
  calls: CallRecord[];
  /** Records a voice comment points at that could not be read */
  unreadable: UnreadableCall[];
}

export interface UnreadableCall {
  callId: number;
  problem: ApiProblem;
}

/** One record's read, settled: the record, or why it could not be read. */
export type CallRead = { callId: number; call: CallRecord } | UnreadableCall;

export interface FindTicketCallsOptions {
  /** How many records are read at once */
  concurrency?: number;
  /** Call ids found on one more page of comments, each id reported once, before its record is read */
  onCallIds?: (callIds: readonly number[]) => void;
  /** Each record as soon as its read settles, in the order the reads settle */
  onRead?: (read: CallRead) => void;
}

/** GET one record, never throwing: what a list (or a Retry of one card) needs to know. */
export async function readCall(transport: Transport, callId: number): Promise<CallRead> {
  try {
    return { callId, call: await getCall(transport, callId) };
  } catch (error) {
    return { callId, problem: toCallApiError(error).problem };
  }
}

/**
 * The API has no list of a ticket's calls: the voice comments on the ticket
 * are the only link. Reads every page of comments, collects the call ids of
 * voice comments, and reads each record once; reads start while later pages
 * of comments are still being fetched, and each is reported as it settles.
 */
export async function findTicketCalls(
  transport: Transport,
  ticketId: number,
  { concurrency = 4, onCallIds, onRead }: FindTicketCallsOptions = {},
): Promise<TicketCalls> {
  const calls: CallRecord[] = [];
  const unreadable: UnreadableCall[] = [];
  const pool = workPool(Math.max(1, concurrency), async (callId: number) => {
    const read = await readCall(transport, callId);
    if ('call' in read) calls.push(read.call);
    else unreadable.push(read);
    onRead?.(read);
  });
  try {
    for await (const callIds of voiceCommentCallIdPages(transport, ticketId)) {
      onCallIds?.(callIds);
      pool.add(callIds);
    }
  } finally {
    // Reads already started finish either way; a failed page of comments fails the whole list.
    await pool.drained();
  }
  return { calls: sortNewestFirst(calls), unreadable: unreadable.sort((a, b) => b.callId - a.callId) };
}

/** The call ids of a ticket's voice comments, oldest comment first, each once. */
export async function findVoiceCommentCallIds(transport: Transport, ticketId: number): Promise<number[]> {
  const ids: number[] = [];
  for await (const page of voiceCommentCallIdPages(transport, ticketId)) ids.push(...page);
  return ids;
}

/** Page by page, the call ids not seen on an earlier page (possibly none). */
async function* voiceCommentCallIdPages(transport: Transport, ticketId: number): AsyncGenerator<number[]> {
  const ids = new Set<number>();
  const seenUrls = new Set<string>();
  let url: string | null = firstCommentsPage(ticketId).url;
  while (url !== null) {
    if (seenUrls.has(url) || seenUrls.size >= MAX_PAGES) {
      throw new CallApiError({
        kind: 'unexpected',
        status: 200,
        description: `Stopped reading the comments of ticket ${ticketId} after ${seenUrls.size} pages.`,
      });
    }
    seenUrls.add(url);
    const page: TicketCommentsPage = await send(transport, { method: 'GET', url }, ticketCommentsPageSchema);
    const fresh: number[] = [];
    for (const comment of page.comments) {
      const callId = comment.data?.call_id;
      if (comment.type === VOICE_COMMENT_TYPE && typeof callId === 'number' && !ids.has(callId)) {
        ids.add(callId);
        fresh.push(callId);
      }
    }
    yield fresh;
    url = nextPageUrl(page);
  }
}

function nextPageUrl(page: TicketCommentsPage): string | null {
  const next = page.meta === undefined ? page.next_page : page.meta.has_more === true ? page.links?.next : null;
  return typeof next === 'string' && next !== '' ? toRelativeApiUrl(next) : null;
}

/**
 * Zendesk answers absolute next-page links on the account's own host;
 * client.request wants the relative path so it runs as the signed-in agent.
 */
export function toRelativeApiUrl(link: string): string {
  const url = new URL(link, 'https://zendesk.invalid');
  if (!url.pathname.startsWith('/api/v2/')) {
    throw new CallApiError({ kind: 'unexpected', status: 200, description: `Unexpected next-page link: ${link}` });
  }
  return `${url.pathname}${url.search}`;
}

function startOf(call: CallRecord): number {
  const time = Date.parse(call.call_started_at ?? call.created_at ?? '');
  return Number.isNaN(time) ? 0 : time;
}

export function sortNewestFirst(calls: readonly CallRecord[]): CallRecord[] {
  return [...calls].sort((a, b) => startOf(b) - startOf(a) || b.id - a.id);
}

/** At most `limit` reads at a time, in the order added; `drained` settles when none is left. */
function workPool(limit: number, work: (callId: number) => Promise<void>) {
  const queue: number[] = [];
  let running = 0;
  let idle: () => void = () => undefined;
  let whenIdle = Promise.resolve();
  const next = (): void => {
    while (running < limit) {
      const callId = queue.shift();
      if (callId === undefined) break;
      running += 1;
      void work(callId).finally(() => {
        running -= 1;
        next();
      });
    }
    if (running === 0 && queue.length === 0) idle();
  };
  return {
    add(callIds: readonly number[]) {
      if (callIds.length === 0) return;
      if (running === 0 && queue.length === 0) whenIdle = new Promise((resolve) => (idle = resolve));
      queue.push(...callIds);
      next();
    },
    drained: () => whenIdle,
  };
}
