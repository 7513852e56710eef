// `npm run bench`: prints the app's size and speed figures (no pass/fail; exits
// non-zero only when the bench itself cannot run). See scripts/bench/.

import { writeFile } from 'node:fs/promises';
import { availableParallelism } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildApp, measureBundle, type BundleFigures } from './bench/bundle.ts';
import { BENCH_USAGE, UsageError, parseOptions, type BenchOptions } from './bench/options.ts';
import { PREFERRED_PORT, freePort, startSandbox } from './sandboxServer.ts';
import { sizeSection } from './bench/sizeReport.ts';
import { measureSpeed, type SpeedFigures } from './bench/speed.ts';
import { speedSection } from './bench/speedReport.ts';
import { summarySection } from './bench/summary.ts';
import { measureZip, type ZipFigures } from './bench/zipSize.ts';
import { loadDirectory } from './zafApp/loadDirectory.ts';

const root = fileURLToPath(new URL('..', import.meta.url));

interface BenchFigures {
  readonly command: string;
  readonly date: string;
  readonly machine: string;
  readonly benchMs: number;
  readonly bundle: BundleFigures;
  readonly zip: ZipFigures;
  readonly speed: SpeedFigures;
}

const progress = (line: string) => {
  console.error(`bench: ${line}`);
};
/** Set on Ctrl-C: Playwright closes the browser then, and the run's failure is no news. */
let interrupted = false;

/** The sandbox lives only as long as the speed runs, also when they fail or the bench is interrupted. */
async function measureSpeedInSandbox(options: BenchOptions): Promise<SpeedFigures> {
  const sandbox = await startSandbox(root, options.port ?? (await freePort(PREFERRED_PORT)));
  const onSignal = () => {
    interrupted = true;
    progress('interrupted; stopping the sandbox');
    void sandbox.stop().finally(() => process.exit(130));
  };
  process.once('SIGINT', onSignal);
  process.once('SIGTERM', onSignal);
  try {
    progress(`sandbox on :${sandbox.port}; ${options.runs} runs per ticket in Chromium`);
    return await measureSpeed(sandbox, options.runs);
  } finally {
    process.off('SIGINT', onSignal);
    process.off('SIGTERM', onSignal);
    await sandbox.stop();
  }
}

async function bench(command: string, options: BenchOptions): Promise<BenchFigures> {
  const started = performance.now();
  const date = new Date().toISOString();
  progress('vite build');
  const built = await buildApp(root);
  // dist/ is read once: its total size and the zip built from it.
  const dist = await loadDirectory(join(root, 'dist'));
  const bundle = measureBundle(root, built, dist);
  const zip = measureZip(dist);
  const speed = await measureSpeedInSandbox(options);
  const machine = `Node ${process.version}, ${availableParallelism()} cores, ${process.platform}`;
  return { command, date, machine, benchMs: performance.now() - started, bundle, zip, speed };
}

function print(figures: BenchFigures): void {
  const lines = [
    `${figures.command}   — ${figures.date}, ${figures.machine}, ${figures.speed.browser}`,
    '',
    ...sizeSection(figures.bundle, figures.zip),
    '',
    ...speedSection(figures.speed),
    '',
    ...summarySection(figures.bundle, figures.zip, figures.speed),
    '',
    `Bench took ${(figures.benchMs / 1000).toFixed(1)} s.`,
  ];
  console.log(lines.join('\n'));
}

async function main(argv: readonly string[]): Promise<number> {
  if (argv.includes('--help') || argv.includes('-h')) {
    console.log(BENCH_USAGE);
    return 0;
  }
  const options = parseOptions(argv);
  const figures = await bench(`npm run bench${argv.length > 0 ? ` -- ${argv.join(' ')}` : ''}`, options);
  print(figures);
  if (options.jsonFile !== null) {
    await writeFile(options.jsonFile, `${JSON.stringify(figures, null, 2)}\n`);
    console.log(`Figures written to ${options.jsonFile}.`);
  }
  return 0;
}

process.exitCode = await main(process.argv.slice(2)).catch((error: unknown) => {
  if (interrupted) return 130;
  console.error(error instanceof UsageError ? `${error.message}\n${BENCH_USAGE}` : error);
  return error instanceof UsageError ? 2 : 1;
});
