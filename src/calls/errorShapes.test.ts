import { describe, expect, it } from 'vitest';
import { invalidDetailsOf } from './errorDetails';
import { storedCall } from '../test/callFixtures';
import { fakeTransport, json } from '../test/fakeTransport';
import { getCall } from './getCall';
import { CallApiError, problemOfResponse } from './errors';

// Each body Zendesk (or what stands in front of it) has been seen to answer, and what the app makes of it.

const response = (status: number, body: unknown = null, headers: Record<string, string> = {}) => ({
  status,
  body,
  headers,
});

describe('422 bodies', () => {
  it('keeps a localized, label-prefixed message as written, on the field its key names', () => {
    const body = {
      error: 'RecordInvalid',
      description: 'Datensatz ungültig',
      details: { from_line: [{ description: 'Von-Leitung ist ungültig', error: 'InvalidValue' }] },
    };
    expect(problemOfResponse(response(422, body), invalidDetailsOf)).toEqual({
      kind: 'invalid',
      fields: { from_line: ['Von-Leitung ist ungültig'] },
      description: 'Datensatz ungültig',
    });
  });

  it('puts a base message that starts with a field label on that field, message unchanged', () => {
    const body = { error: 'RecordInvalid', details: { base: [{ description: 'From line: ist ungültig' }] } };
    expect(problemOfResponse(response(422, body), invalidDetailsOf)).toMatchObject({
      fields: { from_line: ['From line: ist ungültig'] },
    });
  });

  it('prefers the longest label: "Callback number" is not "Callback"', () => {
    const body = { details: { base: ['Callback number is not a phone number'] } };
    expect(problemOfResponse(response(422, body), invalidDetailsOf)).toMatchObject({
      fields: { callback_number: ['Callback number is not a phone number'] },
    });
  });

  it('keeps a base message that names no field for the form, with error null', () => {
    const body = {
      error: null,
      description: 'Record validation errors',
      details: { base: [{ description: 'Talk Partner Edition is not enabled for this app', error: 'InvalidValue' }] },
    };
    expect(problemOfResponse(response(422, body), invalidDetailsOf)).toEqual({
      kind: 'invalid',
      fields: {},
      description: 'Record validation errors',
      base: ['Talk Partner Edition is not enabled for this app'],
    });
  });

  it('reads error null and no description as no description', () => {
    expect(problemOfResponse(response(422, { error: null, description: null }), invalidDetailsOf)).toEqual({
      kind: 'invalid',
      fields: {},
      description: null,
    });
  });

  it('maps a label-prefixed description without details to its field', () => {
    const body = { error: 'RecordInvalid', description: 'Call started at: ist kein gültiges Datum' };
    expect(problemOfResponse(response(422, body), invalidDetailsOf)).toMatchObject({
      fields: { call_started_at: ['Call started at: ist kein gültiges Datum'] },
    });
  });

  it('survives wrong types anywhere in the body', () => {
    const body = { error: 42, description: ['x'], details: { to_line: [{ description: 7 }, null], base: 'Nope' } };
    expect(problemOfResponse(response(422, body), invalidDetailsOf)).toEqual({
      kind: 'invalid',
      fields: {},
      description: null,
      base: ['Nope'],
    });
  });
});

describe('429 bodies', () => {
  it('reads a text/plain body with Retry-After in seconds', () => {
    const text = 'Rate limit for this account exceeded, please wait before trying again';
    expect(problemOfResponse(response(429, text, { 'retry-after': '30' }))).toEqual({
      kind: 'rateLimited',
      retryAfterSeconds: 30,
    });
  });

  it('reads Retry-After as an HTTP date', () => {
    const inAMinute = new Date(Date.now() + 60_000).toUTCString();
    const problem = problemOfResponse(response(429, 'Too Many Requests', { 'retry-after': inAMinute }));
    expect(problem.kind === 'rateLimited' ? problem.retryAfterSeconds : null).toBeGreaterThanOrEqual(58);
    expect(problem.kind === 'rateLimited' ? problem.retryAfterSeconds : null).toBeLessThanOrEqual(60);
  });
});

describe('bodies that are not Zendesk JSON', () => {
  const page =
    '<!DOCTYPE html><html><head><title>502 Bad Gateway</title></head><body><h1>Bad Gateway</h1></body></html>';

  it('gives an HTML error page its title, never its markup', () => {
    expect(problemOfResponse(response(502, page))).toEqual({
      kind: 'server',
      status: 502,
      description: '502 Bad Gateway',
    });
  });

  it('gives an HTML page without a title no description', () => {
    expect(problemOfResponse(response(503, '<html><body><p>down</p></body></html>'))).toEqual({
      kind: 'server',
      status: 503,
      description: null,
    });
  });

  it.each([null, '', '   '])('reads an empty body (%j) as no description', (body) => {
    expect(problemOfResponse(response(500, body))).toEqual({ kind: 'server', status: 500, description: null });
  });

  it('keeps a short text body that is not JSON as the description', () => {
    expect(problemOfResponse(response(400, 'Bad request: unexpected token'))).toEqual({
      kind: 'unexpected',
      status: 400,
      description: 'Bad request: unexpected token',
    });
  });
});

describe('2xx answers the app cannot use', () => {
  async function problemOfAnswer(body: unknown) {
    const fake = fakeTransport();
    fake.on('GET', '/api/v2/calls/7', json(200, body));
    const error: unknown = await getCall(fake.transport, 7).then(
      () => null,
      (reason: unknown) => reason,
    );
    if (!(error instanceof CallApiError)) throw new Error('expected a CallApiError');
    return error.problem;
  }

  it.each([
    ['a missing call', { result: 'ok' }],
    ['wrong types', { call: { ...storedCall({ id: 7 }), id: '7', duration: 'long' } }],
    ['a body that is not JSON', '{"call": {"id": 1644'],
    ['an HTML page', '<html><head><title>Maintenance</title></head></html>'],
    ['an empty body', null],
  ])('reports %s as an answer not understood, never as a record', async (_shape, body) => {
    expect(await problemOfAnswer(body)).toMatchObject({
      kind: 'unexpected',
      status: 200,
      description: expect.stringContaining('GET /api/v2/calls/7 was not understood') as unknown,
    });
  });
});
