// The long ticket: 2,000 comments (20 pages) naming 50 calls. How long the sidebar takes
// to show its first card and all 50, how long the main thread was ever blocked meanwhile
// (a frozen sidebar is a long task), and whether it asked for each page and call once.

import type { Browser, Frame } from 'playwright-core';
import { LONG_TICKET_SEED } from '../../sandbox/api/seedLongTicket.ts';
import type { RunningSandbox } from '../sandboxServer.ts';
import { STEP_TIMEOUT_MS, visitTicket } from './appVisit.ts';
import { describeRequests, loggedRequests } from './sandboxControl.ts';
import { ms } from './table.ts';

export interface LongTicketFigures {
  readonly ticket: number;
  readonly comments: number;
  readonly calls: number;
  /** From the frame's navigation start */
  readonly firstCardMs: number;
  readonly allCardsMs: number;
  /** The longest main-thread task of the frame until all cards showed (0 when none passed 50 ms) */
  readonly longestTaskMs: number;
  readonly requests: number;
  readonly budget: number;
  readonly described: string;
}

interface ListWatch {
  benchList?: { firstCardMs: number | null; longTasks: number[] };
}

/** The few DOM APIs the in-page code uses (these scripts are type-checked without the DOM library). */
interface PageApis {
  readonly document: { querySelectorAll(selector: string): { readonly length: number } };
  readonly MutationObserver: new (callback: () => void) => {
    observe(target: unknown, options: { childList: boolean; subtree: boolean }): void;
    disconnect(): void;
  };
  readonly PerformanceObserver: new (callback: (list: { getEntries(): { duration: number }[] }) => void) => {
    observe(options: { type: string; buffered: boolean }): void;
  };
}

/** The sidebar's cards are the list items of its call list. */
const CARDS = 'ul li';

/** Runs in the app's frame before its scripts: when the first card showed, and every long task. */
function watchList(cards: string): void {
  const page = globalThis as unknown as ListWatch & PageApis & { readonly top: unknown };
  if (page.top === page) return;
  const watch: { firstCardMs: number | null; longTasks: number[] } = { firstCardMs: null, longTasks: [] };
  page.benchList = watch;
  new page.PerformanceObserver((list) => {
    for (const entry of list.getEntries()) watch.longTasks.push(entry.duration);
  }).observe({ type: 'longtask', buffered: true });
  const observer = new page.MutationObserver(() => {
    if (page.document.querySelectorAll(cards).length === 0) return;
    watch.firstCardMs = performance.now();
    observer.disconnect();
  });
  observer.observe(page.document, { childList: true, subtree: true });
}

export function listWatchScript(): string {
  return `(() => { const __name = (target) => target; (${watchList.toString()})(${JSON.stringify(CARDS)}); })();`;
}

async function allCardsShown(frame: Frame, calls: number): Promise<number> {
  const handle = await frame.waitForFunction(
    ([wanted, cards]) => {
      const page = globalThis as unknown as PageApis;
      return page.document.querySelectorAll(cards).length >= wanted ? performance.now() : false;
    },
    [calls, CARDS] as const,
    { polling: 'raf', timeout: STEP_TIMEOUT_MS * 4 },
  );
  const shownAt = await handle.jsonValue();
  if (shownAt === false) throw new Error('the cards did not all show');
  return shownAt;
}

export function longTicketSection(figures: LongTicketFigures): string[] {
  return [
    `Long ticket — ticket ${figures.ticket}: ${figures.comments.toLocaleString('en')} comments, ${figures.calls} calls; from the frame's navigation start`,
    `  first card ${ms(figures.firstCardMs)} ms, all ${figures.calls} cards ${ms(figures.allCardsMs)} ms; ` +
      `longest main-thread task ${ms(figures.longestTaskMs)} ms; ` +
      `${figures.requests} requests (budget ${figures.budget}: ${figures.described})`,
  ];
}

export async function measureLongTicket(browser: Browser, sandbox: RunningSandbox): Promise<LongTicketFigures> {
  const { ticketId, comments, calls } = LONG_TICKET_SEED;
  return visitTicket(
    browser,
    sandbox,
    ticketId,
    async ({ frame }) => {
      const allCardsMs = await allCardsShown(frame, calls);
      const watch = await frame.evaluate(() => (globalThis as unknown as ListWatch).benchList);
      const requests = await loggedRequests(sandbox.controlOrigin);
      return {
        ticket: ticketId,
        comments,
        calls,
        firstCardMs: watch?.firstCardMs ?? allCardsMs,
        allCardsMs,
        longestTaskMs: Math.max(0, ...(watch?.longTasks ?? [])),
        requests: requests.length,
        budget: Math.ceil(comments / 100) + calls,
        described: describeRequests(requests),
      };
    },
    { initScripts: [listWatchScript()] },
  );
}
