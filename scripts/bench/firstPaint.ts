// First paint as the browser saw it: per location, the floor and the app loaded in
// turn, each in a fresh context, and the built files each fetched before it was usable.

import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import type { RunningSandbox } from '../sandboxServer.ts';
import { measure, sum, type Sizes } from './compress.ts';
import { spread, type Spread } from './stats.ts';
import { loadUntilUsable, type PaintTarget, type UsableRun } from './usableRun.ts';

export interface PaintFigures {
  readonly runs: number;
  readonly readyMs: Spread;
  /** Median over the runs of the first paint's JS + CSS, each file compressed alone */
  readonly sizes: Sizes;
  /** Every built file some run fetched before usable */
  readonly files: readonly string[];
  /** True when the runs did not all fetch the same files */
  readonly filesVary: boolean;
  /** Scripts and stylesheets from elsewhere (the SDK), not counted in the sizes */
  readonly outside: readonly string[];
}

function median(values: readonly number[]): number {
  return spread(values).median;
}

function summarize(target: PaintTarget, runs: readonly UsableRun[]): PaintFigures {
  const cache = new Map<string, Sizes>();
  const sizeOf = (file: string) => {
    const known = cache.get(file);
    if (known !== undefined) return known;
    const sizes = measure(readFileSync(join(target.filesDir, file)));
    cache.set(file, sizes);
    return sizes;
  };
  const totals = runs.map((run) => sum(run.files.map(sizeOf)));
  const sets = new Set(runs.map((run) => run.files.join(' ')));
  return {
    runs: runs.length,
    readyMs: spread(runs.map((run) => run.readyMs)),
    sizes: {
      raw: median(totals.map((total) => total.raw)),
      gzip: median(totals.map((total) => total.gzip)),
      brotli: median(totals.map((total) => total.brotli)),
    },
    files: [...new Set(runs.flatMap((run) => run.files))].sort(),
    filesVary: sets.size > 1,
    outside: [...new Set(runs.flatMap((run) => run.outside))].sort(),
  };
}

/** One warm-up load each, then `runs` loads of each, alternating so both see the same machine load. */
export async function measurePair(
  browser: Browser,
  sandbox: RunningSandbox,
  floor: PaintTarget,
  app: PaintTarget,
  runs: number,
): Promise<{ floor: PaintFigures; app: PaintFigures }> {
  await loadUntilUsable(browser, sandbox, floor);
  await loadUntilUsable(browser, sandbox, app);
  const floorRuns: UsableRun[] = [];
  const appRuns: UsableRun[] = [];
  for (let run = 0; run < runs; run += 1) {
    floorRuns.push(await loadUntilUsable(browser, sandbox, floor));
    appRuns.push(await loadUntilUsable(browser, sandbox, app));
  }
  return { floor: summarize(floor, floorRuns), app: summarize(app, appRuns) };
}
