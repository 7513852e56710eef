// `npm run sandbox:reset`: puts the sandbox back to its seed. Asks a running
// server on PORT (default 5173) to reset; with none running, deletes the state file.

import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { DEFAULT_STATE_FILE, deleteState } from './api/persistence.ts';

export interface ResetOptions {
  port: number;
  stateFile: string;
  fetch?: typeof fetch;
}

export interface ResetOutcome {
  ok: boolean;
  message: string;
}

function isConnectionRefused(error: unknown): boolean {
  const cause = error instanceof Error ? (error.cause as { code?: unknown } | undefined) : undefined;
  return cause?.code === 'ECONNREFUSED';
}

export async function resetSandbox(options: ResetOptions): Promise<ResetOutcome> {
  const url = `http://127.0.0.1:${options.port}/__sandbox/reset`;
  const request = options.fetch ?? fetch;
  try {
    const response = await request(url, { method: 'POST' });
    if (response.ok)
      return {
        ok: true,
        message: `Reset the running sandbox at ${url}: data back to the seed, faults and request log cleared.`,
      };
    return {
      ok: false,
      message: `The server on port ${options.port} answered ${response.status}: is it the sandbox (npm start)?`,
    };
  } catch (error) {
    if (!isConnectionRefused(error)) return { ok: false, message: `Could not reach ${url}: ${String(error)}` };
    const deleted = deleteState(options.stateFile);
    return {
      ok: true,
      message: deleted
        ? `No sandbox running on port ${options.port}; deleted ${options.stateFile}. The next start uses the seed.`
        : `No sandbox running on port ${options.port} and no state file at ${options.stateFile}: nothing to reset.`,
    };
  }
}

async function main(): Promise<void> {
  const outcome = await resetSandbox({
    port: Number(process.env.PORT ?? 5173),
    stateFile: resolve(process.env.SANDBOX_STATE_FILE ?? DEFAULT_STATE_FILE),
  });
  console.log(outcome.message);
  process.exitCode = outcome.ok ? 0 : 1;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) await main();
