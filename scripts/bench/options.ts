// The bench's command line: how many runs, where to write JSON, which port.

export const BENCH_USAGE = 'usage: npm run bench [-- --runs N] [--json <file>] [--port N]';

export interface BenchOptions {
  /** Measured loads per page and location (after one warm-up) */
  readonly runs: number;
  /** Also write the figures here as JSON */
  readonly jsonFile: string | null;
  /** The sandbox's port; null picks a free one */
  readonly port: number | null;
}

export const DEFAULT_RUNS = 15;
/** Ports other engineers' servers use (npm start, e2e, …): never taken by the bench. */
export const RESERVED_PORTS: readonly number[] = [5173, 5190, 5301];

export class UsageError extends Error {}

function positiveInteger(flag: string, value: string | undefined, max: number): number {
  const number = Number(value);
  if (value === undefined || !Number.isInteger(number) || number < 1 || number > max) {
    throw new UsageError(`${flag} wants a whole number from 1 to ${max}, got ${value ?? 'nothing'}`);
  }
  return number;
}

function portOption(value: string | undefined): number {
  const port = positiveInteger('--port', value, 65535);
  if (RESERVED_PORTS.includes(port)) throw new UsageError(`--port ${port} is used by other servers; pick another`);
  return port;
}

export function parseOptions(argv: readonly string[]): BenchOptions {
  let options: BenchOptions = { runs: DEFAULT_RUNS, jsonFile: null, port: null };
  for (let index = 0; index < argv.length; index += 1) {
    const flag = argv[index];
    const value = argv[index + 1];
    if (flag === '--runs') options = { ...options, runs: positiveInteger(flag, value, 100) };
    else if (flag === '--port') options = { ...options, port: portOption(value) };
    else if (flag === '--json' && value !== undefined && !value.startsWith('--'))
      options = { ...options, jsonFile: value };
    else throw new UsageError(flag === '--json' ? '--json wants a file name' : `unknown argument ${flag ?? ''}`);
    index += 1;
  }
  return options;
}
