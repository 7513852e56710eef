// `npm run bench`: the app against a floor (React + Garden + the SDK, built in the same
// run), request counts per flow and re-renders, each held to a budget; exits 1 when a
// budget is missed (naming it) and 2 on bad arguments. See scripts/bench/ and README › Performance.

import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { availableParallelism, tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium, type Browser } from 'playwright-core';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../e2e/support/chromium.ts';
import { buildApp, measureBundle, type BundleFigures } from './bench/bundle.ts';
import { checkBudgets, ratio, type BudgetCheck } from './bench/budgets.ts';
import { buildFloor, serveFloor } from './bench/floor.ts';
import { packageGapSection, packageGaps, type PackageGap } from './bench/paintPackages.ts';
import { measureFlows, type FlowFigures } from './bench/flows.ts';
import { longTicketSection, measureLongTicket, type LongTicketFigures } from './bench/longTicket.ts';
import { BENCH_USAGE, UsageError, parseOptions, type BenchOptions } from './bench/options.ts';
import { measureRenders, type RenderFlowFigures } from './bench/renders.ts';
import { sizeSection } from './bench/sizeReport.ts';
import { measureLocations, type LocationFigures } from './bench/yardstick.ts';
import { budgetSection, flowSection, paintSection, renderSection } from './bench/yardstickReport.ts';
import { measureZip, type ZipFigures } from './bench/zipSize.ts';
import { PREFERRED_PORT, freePort, startSandbox } from './sandboxServer.ts';
import { loadDirectory } from './zafApp/loadDirectory.ts';

const root = fileURLToPath(new URL('..', import.meta.url));

interface BrowserFigures {
  readonly browser: string;
  readonly locations: readonly LocationFigures[];
  readonly flows: readonly FlowFigures[];
  readonly renders: readonly RenderFlowFigures[];
  readonly longTicket: LongTicketFigures;
}

interface BenchFigures extends BrowserFigures {
  readonly command: string;
  readonly date: string;
  readonly machine: string;
  readonly benchMs: number;
  readonly bundle: BundleFigures;
  readonly zip: ZipFigures;
  readonly budgets: readonly BudgetCheck[];
  /** The ticket sidebar's measured first paint against the floor's, by package */
  readonly gaps: readonly PackageGap[];
}

const progress = (line: string) => {
  console.error(`bench: ${line}`);
};
/** Set on Ctrl-C: Playwright closes the browser then, and the run's failure is no news. */
let interrupted = false;

async function measureInBrowser(
  browser: Browser,
  sandbox: Parameters<typeof measureFlows>[1],
  options: BenchOptions,
  floorDir: string,
) {
  const locations = await measureLocations(
    browser,
    sandbox,
    { dist: join(root, 'dist'), floor: floorDir },
    options.runs,
    progress,
  );
  progress('request flows');
  const flows = await measureFlows(browser, sandbox);
  progress('re-renders');
  const renders = await measureRenders(browser, sandbox);
  progress('the long ticket');
  const longTicket = await measureLongTicket(browser, sandbox);
  return { browser: `Chromium ${browser.version()}`, locations, flows, renders, longTicket };
}

/** The sandbox (with the floor) and Chromium live as long as the browser runs, also when they fail or are interrupted. */
async function measureInSandbox(options: BenchOptions, floorDir: string): Promise<BrowserFigures> {
  const sandbox = await startSandbox(root, options.port ?? (await freePort(PREFERRED_PORT)), [serveFloor(floorDir)]);
  const onSignal = () => {
    interrupted = true;
    progress('interrupted; stopping the sandbox');
    void sandbox.stop().finally(() => process.exit(130));
  };
  process.once('SIGINT', onSignal);
  process.once('SIGTERM', onSignal);
  try {
    progress(`sandbox on :${sandbox.port}; Chromium`);
    const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS, headless: true });
    try {
      return await measureInBrowser(browser, sandbox, options, floorDir);
    } finally {
      await browser.close();
    }
  } finally {
    process.off('SIGINT', onSignal);
    process.off('SIGTERM', onSignal);
    await sandbox.stop();
  }
}

async function bench(command: string, options: BenchOptions): Promise<BenchFigures> {
  const started = performance.now();
  const date = new Date().toISOString();
  progress('vite build: the app (dist/) and the floor');
  const built = await buildApp(root);
  const floorDir = await mkdtemp(join(tmpdir(), 'call-logger-floor-'));
  try {
    const floorChunks = await buildFloor(root, floorDir);
    const dist = await loadDirectory(join(root, 'dist'));
    const bundle = measureBundle(root, built, dist);
    const zip = measureZip(dist);
    const measured = await measureInSandbox(options, floorDir);
    const machine = `Node ${process.version}, ${availableParallelism()} cores, ${process.platform}`;
    const budgets = checkBudgets(measured.locations, measured.flows, measured.renders, measured.longTicket);
    const sidebar = measured.locations.find((location) => location.location === 'ticket_sidebar');
    const appChunks = built.output.filter((item) => item.type === 'chunk');
    const gaps = sidebar?.state === 'measured' ? packageGaps(root, appChunks, sidebar.app.files, floorChunks) : [];
    return { command, date, machine, benchMs: performance.now() - started, bundle, zip, ...measured, budgets, gaps };
  } finally {
    await rm(floorDir, { recursive: true, force: true });
  }
}

function print(figures: BenchFigures, runs: number): void {
  const lines = [
    `${figures.command}   — ${figures.date}, ${figures.machine}, ${figures.browser} headless`,
    '',
    ...paintSection(figures.locations, runs),
    '',
    ...packageGapSection(figures.gaps),
    '',
    ...flowSection(figures.flows),
    '',
    ...renderSection(figures.renders),
    '',
    ...longTicketSection(figures.longTicket),
    '',
    ...sizeSection(figures.bundle, figures.zip),
    '',
    ...budgetSection(figures.budgets),
    `Bench took ${(figures.benchMs / 1000).toFixed(1)} s.`,
  ];
  console.log(lines.join('\n'));
}

/** Milliseconds to a tenth and ratios to a thousandth: the JSON keeps what the clocks can tell. */
const round = (value: number, places: number) => Math.round(value * 10 ** places) / 10 ** places;

/** The figures as issue 11 names them, with the detail behind them. */
function jsonFigures(figures: BenchFigures) {
  const sidebar = figures.locations.find((location) => location.state === 'measured');
  const floor = sidebar?.state === 'measured' ? sidebar.floor : null;
  return {
    floor:
      floor === null
        ? null
        : {
            firstPaintGzip: floor.sizes.gzip,
            firstPaintBrotli: floor.sizes.brotli,
            readyMs: round(floor.readyMs.median, 1),
          },
    locations: Object.fromEntries(
      figures.locations.map((location) => [
        location.location,
        location.state === 'measured'
          ? {
              firstPaintGzip: location.app.sizes.gzip,
              firstPaintBrotli: location.app.sizes.brotli,
              readyMs: round(location.app.readyMs.median, 1),
              ratioGzip: round(ratio(location.app.sizes.gzip, location.floor.sizes.gzip), 3),
              ratioReady: round(ratio(location.app.readyMs.median, location.floor.readyMs.median), 3),
              floor: { firstPaintGzip: location.floor.sizes.gzip, readyMs: round(location.floor.readyMs.median, 1) },
              files: location.app.files,
            }
          : { state: location.state },
      ]),
    ),
    requests: Object.fromEntries(figures.flows.map((flow) => [flow.name, flow.requests])),
    zafGets: Object.fromEntries(
      figures.flows.flatMap((flow) => (flow.zafGets === null ? [] : [[flow.name, flow.zafGets]])),
    ),
    rendersPerStep: Object.fromEntries(
      figures.renders.map((flow) => [flow.name, { [flow.step]: round(flow.perStep, 2), budget: flow.budget }]),
    ),
    longTicket: {
      firstCardMs: round(figures.longTicket.firstCardMs, 1),
      allCardsMs: round(figures.longTicket.allCardsMs, 1),
      longestTaskMs: round(figures.longTicket.longestTaskMs, 1),
      requests: figures.longTicket.requests,
    },
    budgetsMet: figures.budgets.every((check) => check.met),
    budgets: figures.budgets,
    command: figures.command,
    date: figures.date,
    machine: figures.machine,
    browser: figures.browser,
  };
}

async function main(argv: readonly string[]): Promise<number> {
  if (argv.includes('--help') || argv.includes('-h')) {
    console.log(BENCH_USAGE);
    return 0;
  }
  const options = parseOptions(argv);
  const figures = await bench(`npm run bench${argv.length > 0 ? ` -- ${argv.join(' ')}` : ''}`, options);
  print(figures, options.runs);
  if (options.jsonFile !== null) {
    await writeFile(options.jsonFile, `${JSON.stringify(jsonFigures(figures), null, 2)}\n`);
    console.log(`Figures written to ${options.jsonFile}.`);
  }
  return figures.budgets.every((check) => check.met) ? 0 : 1;
}

process.exitCode = await main(process.argv.slice(2)).catch((error: unknown) => {
  if (interrupted) return 130;
  console.error(error instanceof UsageError ? `${error.message}\n${BENCH_USAGE}` : error);
  return error instanceof UsageError ? 2 : 1;
});
