import { describe, expect, it } from 'vitest';
import { invalidDetailsOf } from './errorDetails';
import {
  CallApiError,
  isOutcomeUnknown,
  parseRetryAfter,
  problemOfResponse,
  retryAtOf,
  toCallApiError,
  waitAskedFor,
} from './errors';

const response = (status: number, body: unknown = null, headers: Record<string, string> = {}) => ({
  status,
  body,
  headers,
});

describe('problemOfResponse', () => {
  it('maps a 422 with per-field details', () => {
    const problem = problemOfResponse(
      response(422, {
        error: 'RecordInvalid',
        description: 'Record validation errors',
        details: { from_line: [{ description: 'From line cannot be blank', error: 'BlankValue' }] },
      }),
      invalidDetailsOf,
    );
    expect(problem).toEqual({
      kind: 'invalid',
      fields: { from_line: ['From line cannot be blank'] },
      description: 'Record validation errors',
    });
  });

  it('keeps only the description of a 422 to a read, which has no fields to mark', () => {
    const body = { error: 'RecordInvalid', description: 'Record validation errors', details: { from_line: ['x'] } };
    expect(problemOfResponse(response(422, body))).toEqual({
      kind: 'invalid',
      fields: {},
      description: 'Record validation errors',
    });
  });

  it('maps a 422 without details', () => {
    expect(problemOfResponse(response(422, { error: 'RecordInvalid' }), invalidDetailsOf)).toEqual({
      kind: 'invalid',
      fields: {},
      description: 'RecordInvalid',
    });
  });

  it('maps 429 with its Retry-After in seconds', () => {
    expect(problemOfResponse(response(429, null, { 'retry-after': '42' }))).toEqual({
      kind: 'rateLimited',
      retryAfterSeconds: 42,
    });
  });

  it('keeps a 503’s Retry-After, so the form counts it down and holds its submit as for a 429', () => {
    const problem = problemOfResponse(response(503, 'Service Unavailable', { 'retry-after': '20' }));
    expect(problem).toEqual({ kind: 'server', status: 503, description: 'Service Unavailable', retryAfterSeconds: 20 });
    expect(waitAskedFor(problem)).toBe(20);
    expect(retryAtOf(problem, 1_000)).toBe(21_000);
    expect(isOutcomeUnknown(problem)).toBe(true);
  });

  it('asks no wait of a 503 without Retry-After, nor of a 404', () => {
    expect(retryAtOf(problemOfResponse(response(503, null)), 1_000)).toBeNull();
    expect(retryAtOf(problemOfResponse(response(404, null, { 'retry-after': '5' })), 1_000)).toBeNull();
    expect(retryAtOf(problemOfResponse(response(429, null, { 'retry-after': '5' })), 1_000)).toBe(6_000);
  });

  it('maps 429 without Retry-After to an unknown wait', () => {
    expect(problemOfResponse(response(429, 'Too Many Requests'))).toEqual({
      kind: 'rateLimited',
      retryAfterSeconds: null,
    });
  });

  it.each([401, 403] as const)('maps %i to missing TPE or permissions', (status) => {
    expect(problemOfResponse(response(status, { error: 'Forbidden', description: 'You do not have access' }))).toEqual({
      kind: 'forbidden',
      status,
      description: 'You do not have access',
    });
  });

  it('maps 404', () => {
    expect(problemOfResponse(response(404, { error: 'RecordNotFound', description: 'Not found' })).kind).toBe(
      'notFound',
    );
  });

  it.each([500, 502, 503])('maps %i to a server problem, even with an HTML body', (status) => {
    expect(problemOfResponse(response(status, '<html>Bad gateway</html>'))).toMatchObject({ kind: 'server', status });
  });

  it('maps status 0 (no response) to a network problem', () => {
    expect(problemOfResponse(response(0, '')).kind).toBe('network');
  });

  it('maps an unexpected 4xx with its description', () => {
    expect(problemOfResponse(response(400, { error: 'InvalidJSON' }))).toEqual({
      kind: 'unexpected',
      status: 400,
      description: 'InvalidJSON',
    });
  });
});

describe('parseRetryAfter', () => {
  it('reads seconds', () => expect(parseRetryAfter(' 30 ')).toBe(30));
  it('reads an HTTP date', () => {
    const now = Date.parse('2024-01-17T18:00:00Z');
    expect(parseRetryAfter('Wed, 17 Jan 2024 18:01:00 GMT', now)).toBe(60);
  });
  it('gives null for nonsense or nothing', () => {
    expect(parseRetryAfter('soon')).toBeNull();
    expect(parseRetryAfter(undefined)).toBeNull();
  });
});

describe('toCallApiError', () => {
  it('turns a thrown error into a network problem', () => {
    expect(toCallApiError(new Error('timed out')).problem).toEqual({ kind: 'network', detail: 'timed out' });
  });

  it('keeps a CallApiError as it is', () => {
    const error = new CallApiError({ kind: 'notFound', description: null });
    expect(toCallApiError(error)).toBe(error);
  });
});

describe('isOutcomeUnknown', () => {
  it('is true when the server may have done the work', () => {
    expect(isOutcomeUnknown({ kind: 'network', detail: '' })).toBe(true);
    expect(isOutcomeUnknown({ kind: 'server', status: 503, description: null })).toBe(true);
  });
  it('is false when the server said no', () => {
    expect(isOutcomeUnknown({ kind: 'invalid', fields: {}, description: null })).toBe(false);
    expect(isOutcomeUnknown({ kind: 'rateLimited', retryAfterSeconds: 3 })).toBe(false);
  });
});
