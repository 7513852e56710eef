// The state file: read at start, written atomically after every change.

import { existsSync, mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import type { SandboxState } from '../shared/types.ts';
import { sandboxStateSchema } from './stateSchema.ts';

/** Where the state lives unless SANDBOX_STATE_FILE says otherwise (relative to the project root). */
export const DEFAULT_STATE_FILE = '.sandbox/state.json';

export interface LoadedState {
  state: SandboxState;
  /** Where the state came from, for the server's log. */
  origin: 'file' | 'seed' | 'reseeded-corrupt';
  /** The path of the corrupt file's backup, when there was one. */
  backup: string | null;
  problem: string | null;
}

function readProblem(file: string): { state: SandboxState } | { problem: string } {
  let parsed: unknown;
  try {
    parsed = JSON.parse(readFileSync(file, 'utf8'));
  } catch (error) {
    return { problem: error instanceof Error ? error.message : String(error) };
  }
  const result = sandboxStateSchema.safeParse(parsed);
  if (result.success) return { state: result.data };
  const first = result.error.issues[0];
  return { problem: first ? `${first.path.join('.') || '(root)'}: ${first.message}` : 'does not match the schema' };
}

/**
 * Reads the state file. A missing file starts from the seed; a corrupt one is
 * moved aside (file.corrupt-<time>) and the seed used instead.
 */
export function loadState(file: string, seed: () => SandboxState, now: () => Date = () => new Date()): LoadedState {
  if (!existsSync(file)) return { state: seed(), origin: 'seed', backup: null, problem: null };
  const read = readProblem(file);
  if ('state' in read) return { state: read.state, origin: 'file', backup: null, problem: null };
  const backup = `${file}.corrupt-${now().toISOString().replace(/[:.]/g, '-')}`;
  renameSync(file, backup);
  return { state: seed(), origin: 'reseeded-corrupt', backup, problem: read.problem };
}

/** Writes to a temporary file beside the target and renames it, so a crash never leaves half a file. */
export function saveState(file: string, state: SandboxState): void {
  mkdirSync(dirname(file), { recursive: true });
  const temporary = `${file}.${process.pid}.tmp`;
  writeFileSync(temporary, JSON.stringify(state));
  renameSync(temporary, file);
}

/** Deletes the state file; true when there was one. */
export function deleteState(file: string): boolean {
  if (!existsSync(file)) return false;
  rmSync(file);
  return true;
}
