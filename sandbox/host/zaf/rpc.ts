// Answers to the SDK's get / set / invoke messages: {id, result: {errors, path: value}}
// or {id, error: {name, message}}. Every request gets exactly one answer.

import type { Lookup } from './data';

export interface ZafError {
  name: string;
  message: string;
}

export type Outcome = { ok: true; value: unknown } | { ok: false; error: ZafError };

export interface RpcHandlers {
  get: (path: string) => Lookup;
  set: (path: string, value: unknown) => Outcome;
  invoke: (name: string, args: unknown[]) => Outcome;
}

export type RpcAnswer = { id: number; result: Record<string, unknown> } | { id: number; error: ZafError };

export function unavailable(path: string): ZafError {
  return {
    name: 'APIUnavailable',
    message: `"${path}" is not available in this location of the Zendesk sandbox`,
  };
}

function invalidParams(request: string, expected: string): ZafError {
  return { name: 'InvalidParams', message: `${request} expects ${expected}` };
}

/** Collects per-key outcomes; a call about a single key that failed becomes a top-level error. */
function answer(id: number, outcomes: [string, Outcome][]): RpcAnswer {
  const single = outcomes.length === 1 ? outcomes[0] : undefined;
  if (single && !single[1].ok) return { id, error: single[1].error };
  const result: Record<string, unknown> = { errors: {} };
  const errors: Record<string, ZafError> = {};
  for (const [key, outcome] of outcomes) {
    if (outcome.ok) result[key] = outcome.value;
    else errors[key] = outcome.error;
  }
  result.errors = errors;
  return { id, result };
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

export function answerRpc(id: number, request: string, params: unknown, handlers: RpcHandlers): RpcAnswer {
  try {
    switch (request) {
      case 'get': {
        if (!Array.isArray(params) || !params.every((path) => typeof path === 'string')) {
          return { id, error: invalidParams('get', 'an array of paths') };
        }
        return answer(
          id,
          params.map((path): [string, Outcome] => {
            const found = handlers.get(path);
            return [path, found.found ? { ok: true, value: found.value } : { ok: false, error: unavailable(path) }];
          }),
        );
      }
      case 'set':
        if (!isRecord(params)) return { id, error: invalidParams('set', 'an object of path: value') };
        return answer(
          id,
          Object.entries(params).map(([path, value]): [string, Outcome] => [path, handlers.set(path, value)]),
        );
      case 'invoke':
        if (!isRecord(params)) return { id, error: invalidParams('invoke', 'an object of name: [arguments]') };
        return answer(
          id,
          Object.entries(params).map(([name, args]): [string, Outcome] => [
            name,
            handlers.invoke(name, Array.isArray(args) ? args : [args]),
          ]),
        );
      default:
        return { id, error: { name: 'UnknownRequest', message: `The sandbox does not know the request "${request}"` } };
    }
  } catch (error) {
    return { id, error: { name: 'HostError', message: error instanceof Error ? error.message : String(error) } };
  }
}
