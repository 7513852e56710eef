// Re-render flows: how many React components commit while the agent works. Typing into
// the log form's transcript should re-render the transcript's own field, not the form.
// The live timer's flow (one second of a running call re-renders only its text) is added
// with the live-call UI.

import type { Browser } from 'playwright-core';
import { SEED } from '../../sandbox/api/seed.ts';
import type { RunningSandbox } from '../sandboxServer.ts';
import { STEP_TIMEOUT_MS, visitTicket } from './appVisit.ts';
import { readRenders, resetRenders, type RenderCounts } from './renderCounter.ts';
import { startLiveCall } from './sandboxControl.ts';

export const TYPED_CHARACTERS = 200;
/** Components a keystroke may commit: the input, its field and a few wrappers, not every field of the form */
export const RENDERS_PER_KEYSTROKE_BUDGET = 12;
export const TIMER_SECONDS = 5;
/** Components a tick of the live clock may commit: the clock and the text element it styles */
export const RENDERS_PER_TICK_BUDGET = 2;

export interface RenderFlowFigures {
  readonly name: string;
  readonly what: string;
  /** What one step is: a keystroke, a second */
  readonly step: string;
  readonly steps: number;
  readonly commits: number;
  /** Components rendered per step, on average */
  readonly perStep: number;
  readonly maxPerCommit: number;
  readonly budget: number;
  /** The components that rendered most, with counts */
  readonly top: readonly (readonly [string, number])[];
}

async function typeTranscript(browser: Browser, sandbox: RunningSandbox): Promise<RenderFlowFigures> {
  return visitTicket(browser, sandbox, SEED.tickets.noCalls, async ({ frame }) => {
    await frame.getByRole('button', { name: 'Log a call', exact: true }).click({ timeout: STEP_TIMEOUT_MS });
    await frame.getByRole('button', { name: /^Recording and transcript/ }).click({ timeout: STEP_TIMEOUT_MS });
    const transcript = frame.getByLabel('Transcript', { exact: true });
    await transcript.click({ timeout: STEP_TIMEOUT_MS });
    await resetRenders(frame);
    await transcript.pressSequentially('a'.repeat(TYPED_CHARACTERS), { timeout: 60_000 });
    const counts = await readRenders(frame);
    return figures(
      'type transcript',
      `${TYPED_CHARACTERS} characters into the log form's Transcript (ticket ${SEED.tickets.noCalls})`,
      'keystroke',
      TYPED_CHARACTERS,
      counts,
      RENDERS_PER_KEYSTROKE_BUDGET,
    );
  });
}

function figures(
  name: string,
  what: string,
  step: string,
  steps: number,
  counts: RenderCounts,
  budget: number,
): RenderFlowFigures {
  return {
    name,
    what,
    step,
    steps,
    commits: counts.commits,
    perStep: counts.rendered / steps,
    maxPerCommit: counts.maxPerCommit,
    budget,
    top: Object.entries(counts.byName)
      .sort((a, b) => b[1] - a[1])
      .slice(0, 6),
  };
}

async function liveTimer(browser: Browser, sandbox: RunningSandbox): Promise<RenderFlowFigures> {
  const ticket = SEED.tickets.noCalls;
  return visitTicket(
    browser,
    sandbox,
    ticket,
    async ({ page, frame }) => {
      await frame.getByRole('timer').first().waitFor({ timeout: STEP_TIMEOUT_MS });
      await resetRenders(frame);
      await page.waitForTimeout(TIMER_SECONDS * 1000);
      return figures(
        'live timer',
        `${TIMER_SECONDS} s of a live call's card ticking (ticket ${ticket})`,
        'second',
        TIMER_SECONDS,
        await readRenders(frame),
        RENDERS_PER_TICK_BUDGET,
      );
    },
    { prepare: (origin) => startLiveCall(origin, ticket, 30) },
  );
}

export async function measureRenders(browser: Browser, sandbox: RunningSandbox): Promise<RenderFlowFigures[]> {
  return [await typeTranscript(browser, sandbox), await liveTimer(browser, sandbox)];
}
