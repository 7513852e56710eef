// Re-render flows: how many React components commit while the agent works. Typing into
// the log form's transcript should re-render the transcript's own field, not the form.
// The live timer's flow (one second of a running call re-renders only its text) is added
// with the live-call UI.

import type { Browser } from 'playwright-core';
import { SEED } from '../../sandbox/api/seed.ts';
import type { RunningSandbox } from '../sandboxServer.ts';
import { STEP_TIMEOUT_MS, visitTicket } from './appVisit.ts';
import { readRenders, resetRenders } from './renderCounter.ts';

export const TYPED_CHARACTERS = 200;
/** Components a keystroke may commit: the input, its field and a few wrappers, not every field of the form */
export const RENDERS_PER_KEYSTROKE_BUDGET = 12;

export interface RenderFlowFigures {
  readonly name: string;
  readonly what: string;
  readonly steps: number;
  readonly commits: number;
  /** Components rendered per step (keystroke), on average */
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
    return {
      name: 'type transcript',
      what: `${TYPED_CHARACTERS} characters into the log form's Transcript (ticket ${SEED.tickets.noCalls})`,
      steps: TYPED_CHARACTERS,
      commits: counts.commits,
      perStep: counts.rendered / TYPED_CHARACTERS,
      maxPerCommit: counts.maxPerCommit,
      budget: RENDERS_PER_KEYSTROKE_BUDGET,
      top: Object.entries(counts.byName)
        .sort((a, b) => b[1] - a[1])
        .slice(0, 6),
    };
  });
}

export async function measureRenders(browser: Browser, sandbox: RunningSandbox): Promise<RenderFlowFigures[]> {
  return [await typeTranscript(browser, sandbox)];
}
