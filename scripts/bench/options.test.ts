import { describe, expect, it } from 'vitest';
import { DEFAULT_RUNS, UsageError, parseOptions } from './options.ts';

describe('parseOptions', () => {
  it('has defaults and reads --runs, --json and --port', () => {
    expect(parseOptions([])).toEqual({ runs: DEFAULT_RUNS, jsonFile: null, port: null });
    expect(parseOptions(['--runs', '3', '--json', 'bench.json', '--port', '5299'])).toEqual({
      runs: 3,
      jsonFile: 'bench.json',
      port: 5299,
    });
  });

  it('refuses bad values, unknown flags and the other servers’ ports', () => {
    expect(() => parseOptions(['--runs', '0'])).toThrow(UsageError);
    expect(() => parseOptions(['--json'])).toThrow(UsageError);
    expect(() => parseOptions(['--fast'])).toThrow(UsageError);
    expect(() => parseOptions(['--port', '5173'])).toThrow(UsageError);
  });
});
