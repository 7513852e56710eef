// The account-wide rate limit headers Zendesk puts on every API response.
// Only reported, never enforced: arm a 429 fault to test rate limiting.

export const RATE_LIMIT_PER_MINUTE = 700;

export class RateLimitCounter {
  #windowStart = 0;
  #used = 0;
  readonly #now: () => number;

  constructor(now: () => number = Date.now) {
    this.#now = now;
  }

  /** Counts one request and returns the headers for its response. */
  next(): Record<string, string> {
    const now = this.#now();
    if (now - this.#windowStart >= 60_000) {
      this.#windowStart = now;
      this.#used = 0;
    }
    this.#used += 1;
    return {
      'x-rate-limit': String(RATE_LIMIT_PER_MINUTE),
      'x-rate-limit-remaining': String(Math.max(0, RATE_LIMIT_PER_MINUTE - this.#used)),
    };
  }
}
