import { parseRetryAfter } from './errors';
import type { ApiRequest, ApiResponse, HttpMethod, Transport } from './transport';

/** Reads and field updates: sending them twice leaves Zendesk as sending them once. */
const RETRIED_METHODS: ReadonlySet<HttpMethod> = new Set<HttpMethod>(['GET', 'PATCH']);

/** A gateway or server hiccup; 501 and the rest of 5xx will not change on a second try. */
const RETRIED_STATUSES: ReadonlySet<number> = new Set([500, 502, 503, 504]);

export interface RetryOptions {
  /** Requests in all, the first one included */
  maxAttempts?: number;
  /** The ceiling of the first wait; it doubles for each later one */
  baseDelayMs?: number;
  /** No wait's ceiling goes above this */
  maxDelayMs?: number;
  /** A try that took longer than this (a timeout, a server crawling) is not repeated */
  slowAttemptMs?: number;
  sleep?: (ms: number) => Promise<void>;
  /** In [0, 1), as Math.random */
  random?: () => number;
  /** Milliseconds, as Date.now */
  now?: () => number;
}

export const RETRY_DEFAULTS = {
  maxAttempts: 3,
  baseDelayMs: 400,
  maxDelayMs: 4_000,
  slowAttemptMs: 5_000,
} as const;

const realSleep = (ms: number): Promise<void> =>
  new Promise((resolve) => {
    setTimeout(resolve, ms);
  });

/** The ceiling of the wait before retry number `retry` (1 for the first): base × 2^(retry−1), capped. */
export function backoffCeiling(retry: number, baseDelayMs: number, maxDelayMs: number): number {
  return Math.min(maxDelayMs, baseDelayMs * 2 ** (retry - 1));
}

/** A server error's Retry-After, in milliseconds, or null when it names none. */
function askedWaitMs(response: ApiResponse): number | null {
  const seconds = parseRetryAfter(response.headers['retry-after']);
  return seconds === null ? null : seconds * 1000;
}

type Outcome = { response: ApiResponse } | { failure: unknown };

async function attempt(transport: Transport, request: ApiRequest): Promise<Outcome> {
  try {
    return { response: await transport(request) };
  } catch (failure) {
    return { failure };
  }
}

/**
 * A Transport that sends a GET or PATCH again when Zendesk had a passing
 * problem: no answer at all (a network failure, a dropped connection) or a
 * 500, 502, 503 or 504. Every other request and answer passes through once.
 *
 * - POST is never repeated: a create whose answer was lost may be stored,
 *   and the create's own recovery looks for it instead of making a second one.
 *   (The app's only PATCH sets fields of a call, so repeating it is harmless.)
 * - 429 is not repeated: the forms show Retry-After's countdown and the agent
 *   chooses; no other 4xx can change on a second try.
 * - At most `maxAttempts` (3) requests. Before each retry it waits a random
 *   time in [0, ceiling] ("full jitter", so many sidebars do not retry in
 *   step), the ceiling being 400 ms doubled per retry and capped at 4 s.
 * - A try that took longer than `slowAttemptMs` (5 s) is not repeated. That
 *   covers the app's 30 s timeout: three of them would keep an agent waiting
 *   90 s, when after one the form's error and its Try again serve better. A
 *   failure that comes back fast is the kind a second try fixes.
 * - A 5xx with Retry-After is waited out when the wait fits under
 *   `maxDelayMs`; a longer one is answered at once, so the form shows the
 *   countdown and holds its submit as for a 429.
 * - When the tries run out, the last answer is returned (so a 503 is mapped
 *   to its problem as usual) or the last failure thrown.
 */
export function withRetries(transport: Transport, options: RetryOptions = {}): Transport {
  const maxAttempts = Math.max(1, Math.floor(options.maxAttempts ?? RETRY_DEFAULTS.maxAttempts));
  const baseDelayMs = options.baseDelayMs ?? RETRY_DEFAULTS.baseDelayMs;
  const maxDelayMs = options.maxDelayMs ?? RETRY_DEFAULTS.maxDelayMs;
  const slowAttemptMs = options.slowAttemptMs ?? RETRY_DEFAULTS.slowAttemptMs;
  const sleep = options.sleep ?? realSleep;
  const random = options.random ?? Math.random;
  const now = options.now ?? Date.now;

  return async (request: ApiRequest) => {
    if (!RETRIED_METHODS.has(request.method)) return transport(request);
    for (let tries = 1; ; tries += 1) {
      const startedAt = now();
      const outcome = await attempt(transport, request);
      const passing = 'failure' in outcome || RETRIED_STATUSES.has(outcome.response.status);
      const slow = now() - startedAt > slowAttemptMs;
      const askedMs = 'response' in outcome ? askedWaitMs(outcome.response) : null;
      const waitsTooLong = askedMs !== null && askedMs > maxDelayMs;
      if (!passing || slow || waitsTooLong || tries >= maxAttempts) {
        if ('failure' in outcome) throw outcome.failure;
        return outcome.response;
      }
      const jitter = Math.round(random() * backoffCeiling(tries, baseDelayMs, maxDelayMs));
      await sleep(Math.max(jitter, askedMs ?? 0));
    }
  };
}
