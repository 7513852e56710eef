// Per Zendesk location in the manifest: the floor and the app loaded in the same host
// page and location, their first paint and time to usable.

import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { SEED } from '../../sandbox/api/seed.ts';
import type { RunningSandbox } from '../sandboxServer.ts';
import { FLOOR_BASE, FLOOR_PAGE } from './floor.ts';
import { measurePair, type PaintFigures } from './firstPaint.ts';
import type { LocationName, PaintTarget } from './usableRun.ts';

/** The locations the bench measures, in this order; one absent from the manifest is reported as such. */
export const BENCH_LOCATIONS: readonly LocationName[] = ['ticket_sidebar', 'top_bar'];
/** The host page's ticket for every load: two calls on one comments page */
const TICKET = SEED.tickets.twoCalls;

export type LocationFigures =
  | {
      readonly location: LocationName;
      readonly state: 'measured';
      readonly floor: PaintFigures;
      readonly app: PaintFigures;
    }
  | { readonly location: LocationName; readonly state: 'not in manifest' };

/** `location.support.<name>.url` of dist/manifest.json, or null. */
function manifestUrl(distDir: string, location: LocationName): string | null {
  const manifest = JSON.parse(readFileSync(join(distDir, 'manifest.json'), 'utf8')) as {
    location?: { support?: Record<string, { url?: unknown } | undefined> };
  };
  const url = manifest.location?.support?.[location]?.url;
  return typeof url === 'string' ? url : null;
}

export async function measureLocations(
  browser: Browser,
  sandbox: RunningSandbox,
  dirs: { readonly dist: string; readonly floor: string },
  runs: number,
  progress: (line: string) => void,
): Promise<LocationFigures[]> {
  const figures: LocationFigures[] = [];
  for (const location of BENCH_LOCATIONS) {
    const url = manifestUrl(dirs.dist, location);
    if (url === null) {
      figures.push({ location, state: 'not in manifest' });
      continue;
    }
    progress(`${location}: floor and app, 1 warm-up + ${runs} loads each`);
    const floor: PaintTarget = {
      location,
      ticket: TICKET,
      pageOverride: FLOOR_PAGE,
      pagePath: FLOOR_PAGE,
      urlBase: FLOOR_BASE,
      filesDir: dirs.floor,
    };
    const app: PaintTarget = {
      location,
      ticket: TICKET,
      pageOverride: null,
      pagePath: `/${url}`,
      urlBase: '',
      filesDir: dirs.dist,
    };
    figures.push({ location, state: 'measured', ...(await measurePair(browser, sandbox, floor, app, runs)) });
  }
  return figures;
}
