import { getCall } from './api';
import { CallApiError, toCallApiError } from './errors';
import type { ApiProblem } from './errors';
import { ticketCommentsPageSchema } from './schema';
import type { CallRecord, TicketCommentsPage } from './schema';
import { send } from './send';
import type { Transport } from './transport';

export const VOICE_COMMENT_TYPE = 'TpeVoiceComment';
const PAGE_SIZE = 100;
/** 100 pages of 100 comments: far beyond any real ticket, and a stop if a server loops its cursors. */
const MAX_PAGES = 100;

export interface TicketCalls {
  /** Newest first */
  calls: CallRecord[];
  /** Records a voice comment points at that could not be read */
  unreadable: { callId: number; problem: ApiProblem }[];
}

export interface FindTicketCallsOptions {
  /** How many records are read at once */
  concurrency?: number;
}

/**
 * The API has no list of a ticket's calls: the voice comments on the ticket
 * are the only link. Reads every page of comments, collects the call ids of
 * voice comments, and reads each record.
 */
export async function findTicketCalls(
  transport: Transport,
  ticketId: number,
  { concurrency = 4 }: FindTicketCallsOptions = {},
): Promise<TicketCalls> {
  const callIds = await findVoiceCommentCallIds(transport, ticketId);
  const calls: CallRecord[] = [];
  const unreadable: TicketCalls['unreadable'] = [];
  await forEachWithConcurrency(callIds, concurrency, async (callId) => {
    try {
      calls.push(await getCall(transport, callId));
    } catch (error) {
      unreadable.push({ callId, problem: toCallApiError(error).problem });
    }
  });
  return { calls: sortNewestFirst(calls), unreadable: unreadable.sort((a, b) => b.callId - a.callId) };
}

/** The call ids of a ticket's voice comments, oldest comment first, each once. */
export async function findVoiceCommentCallIds(transport: Transport, ticketId: number): Promise<number[]> {
  const ids = new Set<number>();
  const seenUrls = new Set<string>();
  let url: string | null =
    `/api/v2/tickets/${ticketId}/comments?${new URLSearchParams({ 'page[size]': String(PAGE_SIZE) }).toString()}`;
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
    for (const comment of page.comments) {
      const callId = comment.data?.call_id;
      if (comment.type === VOICE_COMMENT_TYPE && typeof callId === 'number') ids.add(callId);
    }
    url = nextPageUrl(page);
  }
  return [...ids];
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

async function forEachWithConcurrency<Item>(
  items: readonly Item[],
  limit: number,
  work: (item: Item) => Promise<void>,
): Promise<void> {
  // The workers share one iterator, so each item is taken exactly once.
  const queue = items.values();
  const worker = async (): Promise<void> => {
    for (const item of queue) await work(item);
  };
  await Promise.all(Array.from({ length: Math.max(1, Math.min(limit, items.length)) }, worker));
}
