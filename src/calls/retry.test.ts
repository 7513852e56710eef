import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { RETRY_DEFAULTS, backoffCeiling, withRetries, type RetryOptions } from './retry';
import type { ApiRequest, ApiResponse, HttpMethod, Transport } from './transport';

const answer = (status: number): ApiResponse => ({ status, headers: {}, body: { status } });

/** One scripted step: an HTTP status to answer with, or 'drop' to throw as a lost connection does. */
type Step = number | 'drop';

/** A transport that plays the steps in order (the last one forever) and counts what it was sent. */
function scripted(steps: readonly Step[]): { transport: Transport; sent: ApiRequest[] } {
  const sent: ApiRequest[] = [];
  const transport: Transport = (request) => {
    sent.push(request);
    const step = steps[Math.min(sent.length, steps.length) - 1] ?? 200;
    if (step === 'drop') return Promise.reject(new Error('the connection was dropped'));
    return Promise.resolve(answer(step));
  };
  return { transport, sent };
}

/** Options with instant, recorded sleeps and a fixed random. */
function instant(overrides: RetryOptions = {}): { options: RetryOptions; sleeps: number[] } {
  const sleeps: number[] = [];
  return {
    sleeps,
    options: {
      sleep: (ms) => {
        sleeps.push(ms);
        return Promise.resolve();
      },
      random: () => 0.5,
      now: () => 0,
      ...overrides,
    },
  };
}

const get: ApiRequest = { method: 'GET', url: '/api/v2/calls/701' };
const patch: ApiRequest = { method: 'PATCH', url: '/api/v2/calls/701', body: { call: { duration: 60 } } };
const post: ApiRequest = { method: 'POST', url: '/api/v2/calls', body: { call: {} } };

describe('withRetries', () => {
  it('answers a GET with the 200 that followed a 503, after one retry', async () => {
    const { transport, sent } = scripted([503, 200]);
    const { options, sleeps } = instant();
    await expect(withRetries(transport, options)(get)).resolves.toEqual(answer(200));
    expect(sent).toEqual([get, get]);
    expect(sleeps).toEqual([200]);
  });

  it('waits out a 503’s short Retry-After before reading again', async () => {
    const sent: ApiRequest[] = [];
    const transport: Transport = (request) => {
      sent.push(request);
      return Promise.resolve(sent.length === 1 ? { ...answer(503), headers: { 'retry-after': '2' } } : answer(200));
    };
    const { options, sleeps } = instant();
    await expect(withRetries(transport, options)(get)).resolves.toEqual(answer(200));
    expect(sleeps).toEqual([2_000]);
  });

  it('answers a 503 whose Retry-After is longer than it may wait at once, for the form’s countdown', async () => {
    const sent: ApiRequest[] = [];
    const unavailable: ApiResponse = { ...answer(503), headers: { 'retry-after': '30' } };
    const transport: Transport = (request) => {
      sent.push(request);
      return Promise.resolve(unavailable);
    };
    const { options, sleeps } = instant();
    await expect(withRetries(transport, options)(patch)).resolves.toEqual(unavailable);
    expect(sent).toHaveLength(1);
    expect(sleeps).toEqual([]);
  });

  it('sends a PATCH again when the first try got no answer', async () => {
    const { transport, sent } = scripted(['drop', 200]);
    const { options } = instant();
    await expect(withRetries(transport, options)(patch)).resolves.toEqual(answer(200));
    expect(sent).toEqual([patch, patch]);
  });

  it('returns a POST’s 503 as it came, after exactly one request', async () => {
    const { transport, sent } = scripted([503, 200]);
    const { options, sleeps } = instant();
    await expect(withRetries(transport, options)(post)).resolves.toEqual(answer(503));
    expect(sent).toHaveLength(1);
    expect(sleeps).toEqual([]);
  });

  it('throws a POST’s lost connection after exactly one request', async () => {
    const { transport, sent } = scripted(['drop', 200]);
    const { options } = instant();
    await expect(withRetries(transport, options)(post)).rejects.toThrow('the connection was dropped');
    expect(sent).toHaveLength(1);
  });

  it.each([429, 404, 422, 401, 501])('does not retry a %i', async (status) => {
    const { transport, sent } = scripted([status, 200]);
    const { options } = instant();
    await expect(withRetries(transport, options)(get)).resolves.toEqual(answer(status));
    expect(sent).toHaveLength(1);
  });

  it('stops after the bound and returns the last 503, so the usual error mapping applies', async () => {
    const { transport, sent } = scripted([503]);
    const { options, sleeps } = instant();
    await expect(withRetries(transport, options)(get)).resolves.toEqual(answer(503));
    expect(sent).toHaveLength(RETRY_DEFAULTS.maxAttempts);
    expect(sleeps).toHaveLength(RETRY_DEFAULTS.maxAttempts - 1);
  });

  it('throws the last failure when every try went unanswered', async () => {
    const { transport, sent } = scripted(['drop']);
    const { options } = instant({ maxAttempts: 4 });
    await expect(withRetries(transport, options)(patch)).rejects.toThrow('the connection was dropped');
    expect(sent).toHaveLength(4);
  });

  it('makes the wait ceilings double from 400 ms up to the cap, and the waits stay within them', async () => {
    const { transport } = scripted([503]);
    const highest = instant({ maxAttempts: 7, random: () => 0.999_999 });
    await withRetries(transport, highest.options)(get);
    expect(highest.sleeps).toEqual([400, 800, 1600, 3200, 4000, 4000]);

    const lowest = instant({ maxAttempts: 7, random: () => 0 });
    await withRetries(transport, lowest.options)(get);
    expect(lowest.sleeps).toEqual([0, 0, 0, 0, 0, 0]);
  });

  it('does not repeat a try that took longer than the slow limit, such as the 30 s timeout', async () => {
    let clock = 0;
    const sent: ApiRequest[] = [];
    const timingOut: Transport = (request) => {
      sent.push(request);
      clock += 30_000;
      return Promise.reject(new Error('Zendesk did not answer within 30 seconds'));
    };
    const { options, sleeps } = instant({ now: () => clock });
    await expect(withRetries(timingOut, options)(get)).rejects.toThrow('within 30 seconds');
    expect(sent).toHaveLength(1);
    expect(sleeps).toEqual([]);
  });

  it('repeats a failure that came back fast', async () => {
    let clock = 0;
    const { transport, sent } = scripted(['drop', 'drop', 200]);
    const timed: Transport = (request) => {
      clock += 300;
      return transport(request);
    };
    const { options } = instant({ now: () => clock });
    await expect(withRetries(timed, options)(get)).resolves.toEqual(answer(200));
    expect(sent).toHaveLength(3);
  });

  it('waits for real by default', async () => {
    const { transport, sent } = scripted([502, 200]);
    await expect(withRetries(transport, { random: () => 0 })(get)).resolves.toEqual(answer(200));
    expect(sent).toHaveLength(2);
  });
});

describe('backoffCeiling', () => {
  it('doubles from the base and stops at the cap', () => {
    expect([1, 2, 3, 4, 5, 6].map((retry) => backoffCeiling(retry, 400, 4000))).toEqual([
      400, 800, 1600, 3200, 4000, 4000,
    ]);
  });
});

describe('withRetries, over any sequence of answers', () => {
  const step = fc.oneof(
    fc.constantFrom<Step>(200, 201, 204, 400, 401, 403, 404, 409, 422, 429, 500, 501, 502, 503, 504, 'drop'),
    fc.integer({ min: 200, max: 599 }),
  );
  const method = fc.constantFrom<HttpMethod>('GET', 'PATCH', 'POST');

  it('never sends more than the bound, sends POST exactly once, and waits within [0, cap]', async () => {
    await fc.assert(
      fc.asyncProperty(
        method,
        fc.array(step, { minLength: 1, maxLength: 8 }),
        fc.integer({ min: 1, max: 6 }),
        fc.double({ min: 0, max: 1, maxExcluded: true, noNaN: true }),
        async (chosen, steps, maxAttempts, randomValue) => {
          const { transport, sent } = scripted(steps);
          const { options, sleeps } = instant({ maxAttempts, random: () => randomValue });
          await withRetries(transport, options)({ method: chosen, url: '/api/v2/calls/701' }).catch(() => undefined);
          if (chosen === 'POST') expect(sent).toHaveLength(1);
          expect(sent.length).toBeGreaterThanOrEqual(1);
          expect(sent.length).toBeLessThanOrEqual(maxAttempts);
          expect(sleeps).toHaveLength(sent.length - 1);
          for (const ms of sleeps) {
            expect(ms).toBeGreaterThanOrEqual(0);
            expect(ms).toBeLessThanOrEqual(RETRY_DEFAULTS.maxDelayMs);
          }
        },
      ),
      { numRuns: 1000 },
    );
  });
});
