// The request budgets, one row per flow: what the agent does, how many API requests the
// sandbox logged for it, and how many it may take. The live call's flows are in
// liveFlows.ts, the top bar's in topBarFlows.ts.

import type { Browser } from 'playwright-core';
import type { RequestLogEntry, SandboxState } from '../../sandbox/shared/types.ts';
import { BENCH_SEED } from '../../sandbox/api/seedBench.ts';
import { SEED } from '../../sandbox/api/seed.ts';
import type { RunningSandbox } from '../sandboxServer.ts';
import { SETTLE_MS, STEP_TIMEOUT_MS, visitTicket, type AppVisit } from './appVisit.ts';
import { LIVE_CALL_FLOWS } from './liveFlows.ts';
import { clearRequests, describeRequests, loggedRequests } from './sandboxControl.ts';
import { TOP_BAR_FLOWS } from './topBarFlows.ts';

export interface FlowOutcome {
  readonly requests: readonly RequestLogEntry[];
  /** ZAF `get` messages, where the flow counts them */
  readonly zafGets: number | null;
}

export interface RequestFlow {
  readonly name: string;
  readonly what: string;
  /** The most API requests it may take, from the seed as the sandbox holds it */
  readonly budget: (state: SandboxState) => number;
  /** The most ZAF `get` messages, or null when not counted */
  readonly zafGetBudget: number | null;
  readonly run: (browser: Browser, sandbox: RunningSandbox) => Promise<FlowOutcome>;
}

export interface FlowFigures {
  readonly name: string;
  readonly what: string;
  readonly requests: number;
  readonly budget: number;
  readonly described: string;
  /** Reads of the same path and query more than once */
  readonly repeated: readonly string[];
  readonly zafGets: number | null;
  readonly zafGetBudget: number | null;
}

/** ⌈comments/100⌉ comment pages + one read per call on the ticket. */
function openBudget(ticket: number) {
  return (state: SandboxState) => {
    const comments = state.comments.filter((comment) => comment.ticket_id === ticket);
    const calls = new Set(
      comments.flatMap((comment) => (comment.type === 'TpeVoiceComment' ? [comment.data?.call_id] : [])),
    );
    return Math.ceil(comments.length / 100) + calls.size;
  };
}

async function settled(visit: AppVisit, sandbox: RunningSandbox): Promise<FlowOutcome> {
  await visit.page.waitForTimeout(SETTLE_MS);
  return { requests: await loggedRequests(sandbox.controlOrigin), zafGets: (await visit.zafGets()).length };
}

function openFlow(ticket: number, calls: number): RequestFlow {
  return {
    name: `open ${calls} call${calls === 1 ? '' : 's'}`,
    what: `open ticket ${ticket} until its list is usable`,
    budget: openBudget(ticket),
    zafGetBudget: 1,
    run: (browser, sandbox) => visitTicket(browser, sandbox, ticket, (visit) => settled(visit, sandbox)),
  };
}

const logFlow: RequestFlow = {
  name: 'log',
  what: `ticket ${SEED.tickets.noCalls}: "Log a call", then "Log call" with the defaults`,
  budget: () => 1,
  zafGetBudget: null,
  run: (browser, sandbox) =>
    visitTicket(browser, sandbox, SEED.tickets.noCalls, async ({ page, frame }) => {
      await page.waitForTimeout(SETTLE_MS);
      await clearRequests(sandbox.controlOrigin);
      await frame.getByRole('button', { name: 'Log a call', exact: true }).click({ timeout: STEP_TIMEOUT_MS });
      await frame.getByRole('button', { name: 'Log call', exact: true }).click({ timeout: STEP_TIMEOUT_MS });
      await frame
        .getByRole('heading', { name: /(Inbound|Outbound) call$/ })
        .first()
        .waitFor({ timeout: STEP_TIMEOUT_MS });
      await page.waitForTimeout(SETTLE_MS);
      return { requests: await loggedRequests(sandbox.controlOrigin), zafGets: null };
    }),
};

export const REQUEST_FLOWS: readonly RequestFlow[] = [
  openFlow(SEED.tickets.noCalls, 0),
  openFlow(BENCH_SEED.tickets.oneCall, 1),
  openFlow(BENCH_SEED.tickets.fiveCalls, 5),
  openFlow(BENCH_SEED.tickets.thirtyCalls, 30),
  logFlow,
  ...LIVE_CALL_FLOWS,
  ...TOP_BAR_FLOWS,
];

function repeatedReads(requests: readonly RequestLogEntry[]): string[] {
  const reads = requests
    .filter((request) => request.method === 'GET')
    .map((request) => `${request.path}?${JSON.stringify(request.query)}`);
  return [...new Set(reads.filter((read, index) => reads.indexOf(read) !== index))];
}

async function sandboxState(sandbox: RunningSandbox): Promise<SandboxState> {
  const response = await fetch(`${sandbox.controlOrigin}/__sandbox/state`);
  return ((await response.json()) as { state: SandboxState }).state;
}

export async function measureFlows(browser: Browser, sandbox: RunningSandbox): Promise<FlowFigures[]> {
  const figures: FlowFigures[] = [];
  for (const flow of REQUEST_FLOWS) {
    const outcome = await flow.run(browser, sandbox);
    const budget = flow.budget(await sandboxState(sandbox));
    figures.push({
      name: flow.name,
      what: flow.what,
      requests: outcome.requests.length,
      budget,
      described: describeRequests(outcome.requests),
      repeated: repeatedReads(outcome.requests),
      zafGets: outcome.zafGets,
      zafGetBudget: flow.zafGetBudget,
    });
  }
  return figures;
}
