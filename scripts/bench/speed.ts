// Chromium against the sandbox: N runs per ticket, summed up as medians and maxima.

import { chromium, type Browser } from 'playwright-core';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../../e2e/support/chromium.ts';
import { describeRequests } from './sandboxControl.ts';
import type { RunningSandbox } from '../sandboxServer.ts';
import { spread, type Spread } from './stats.ts';
import { runTicket, type RunFigures } from './ticketRun.ts';

/** Two calls on one comments page; three calls over three pages of comments (sandbox seed) */
export const BENCH_TICKETS = [102, 103] as const;

export interface TicketSpeed {
  readonly ticket: number;
  readonly runs: number;
  readonly callsShown: number;
  readonly loadMs: Spread;
  readonly loadInFrameMs: Spread;
  readonly formMs: Spread;
  readonly submitMs: Spread;
  /** e.g. "1 comments page + 2 call reads"; runs that differ are listed apart */
  readonly loadRequests: string;
  readonly loadRequestCount: number;
  readonly lateRequests: string;
  readonly submitRequests: string;
}

export interface SpeedFigures {
  readonly browser: string;
  readonly port: number;
  readonly tickets: readonly TicketSpeed[];
}

/** The same description from every run, or each distinct one with how many runs gave it. */
function agreed(descriptions: readonly string[]): string {
  const distinct = [...new Set(descriptions)];
  if (distinct.length === 1) return distinct[0] ?? 'none';
  return distinct.map((text) => `${text} (${descriptions.filter((seen) => seen === text).length}×)`).join(' | ');
}

function summarize(ticket: number, runs: readonly RunFigures[]): TicketSpeed {
  return {
    ticket,
    runs: runs.length,
    callsShown: Math.max(...runs.map((run) => run.callsShown)),
    loadMs: spread(runs.map((run) => run.loadMs)),
    loadInFrameMs: spread(runs.map((run) => run.loadInFrameMs)),
    formMs: spread(runs.map((run) => run.formMs)),
    submitMs: spread(runs.map((run) => run.submitMs)),
    loadRequests: agreed(runs.map((run) => describeRequests(run.loadRequests))),
    loadRequestCount: Math.max(...runs.map((run) => run.loadRequests.length)),
    lateRequests: agreed(runs.map((run) => describeRequests(run.lateRequests))),
    submitRequests: agreed(runs.map((run) => describeRequests(run.submitRequests))),
  };
}

async function measureTickets(browser: Browser, sandbox: RunningSandbox, runs: number): Promise<TicketSpeed[]> {
  // Unmeasured: Vite compiles the host page on its first request, and Chromium warms up.
  await runTicket(browser, sandbox, BENCH_TICKETS[0]);
  const results: TicketSpeed[] = [];
  for (const ticket of BENCH_TICKETS) {
    const figures: RunFigures[] = [];
    for (let run = 0; run < runs; run += 1) figures.push(await runTicket(browser, sandbox, ticket));
    results.push(summarize(ticket, figures));
  }
  return results;
}

export async function measureSpeed(sandbox: RunningSandbox, runs: number): Promise<SpeedFigures> {
  const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS, headless: true });
  try {
    const tickets = await measureTickets(browser, sandbox, runs);
    return { browser: `Chromium ${browser.version()}`, port: sandbox.port, tickets };
  } finally {
    await browser.close();
  }
}
