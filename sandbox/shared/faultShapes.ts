// Answers the real Zendesk (or what stands in front of it) has been seen to
// give, as fault specs: for the control panel's presets and browser stories.

import type { FaultSpec } from './types.ts';

export type FaultShape = Pick<FaultSpec, 'status' | 'body' | 'contentType'> & { headers?: Record<string, string> };

export const FAULT_SHAPES = {
  /** A 422 in the agent's language, each message prefixed with Zendesk's label of the field. */
  localizedInvalid: {
    status: 422,
    body: {
      error: 'RecordInvalid',
      description: 'Datensatz ungültig',
      details: { from_line: [{ description: 'Von-Leitung ist ungültig', error: 'InvalidValue' }] },
    },
  },
  /** `error` null and the only detail under `base`: a message for the form, not for a field. */
  baseInvalid: {
    status: 422,
    body: {
      error: null,
      description: 'Record validation errors',
      details: { base: [{ description: 'Talk Partner Edition is not enabled for this app', error: 'InvalidValue' }] },
    },
  },
  /** A rate limit as text, waiting until an HTTP date (the date is set when the fault is armed). */
  rateLimitedText: {
    status: 429,
    contentType: 'text/plain; charset=utf-8',
    body: 'Rate limit for this account exceeded, please wait before trying again',
  },
  /** A proxy's HTML error page. */
  htmlErrorPage: {
    status: 502,
    contentType: 'text/html; charset=utf-8',
    body: '<!DOCTYPE html><html><head><title>502 Bad Gateway</title></head><body><h1>Bad Gateway</h1></body></html>',
  },
  /** No body at all. */
  emptyBody: { status: 500, body: '' },
  /** A success whose body is cut short: not JSON. */
  notJson: { status: 200, contentType: 'application/json; charset=utf-8', body: '{"call": {"id": 1644' },
  /** A success without the `call` wrapper. */
  missingCall: { status: 200, body: { result: 'ok' } },
  /** A success whose record has the wrong types. */
  wrongTypes: { status: 200, body: { call: { id: '16444799095826', duration: 'long', callback: 'yes' } } },
} as const satisfies Record<string, FaultShape>;

export type FaultShapeName = keyof typeof FAULT_SHAPES;

/** Retry-After as an HTTP date `seconds` from `now`, as some proxies send it. */
export function retryAfterDate(seconds: number, now = Date.now()): string {
  return new Date(now + seconds * 1000).toUTCString();
}
