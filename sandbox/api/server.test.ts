import { afterEach, describe, expect, it } from 'vitest';
import { postJson, startTestServer, type TestServer } from './httpTestSupport.ts';
import { SEED } from './seed.ts';
import { validCall } from './testSupport.ts';

let server: TestServer | null = null;
const started = async () => (server = await startTestServer());

afterEach(async () => {
  await server?.close();
  server = null;
});

describe('the fake API over HTTP', () => {
  it('puts rate-limit headers on every API response, errors included', async () => {
    const { url } = await started();
    const ok = await fetch(`${url}/api/v2/tickets/${SEED.tickets.noCalls}.json`);
    const missing = await fetch(`${url}/api/v2/calls/1`);
    expect(ok.headers.get('x-rate-limit')).toBe('700');
    expect(ok.headers.get('x-rate-limit-remaining')).toBe('699');
    expect(missing.status).toBe(404);
    expect(missing.headers.get('x-rate-limit-remaining')).toBe('698');
    expect(ok.headers.get('content-type')).toContain('application/json');
  });

  it('logs what it received: method, path, query, parsed body, status', async () => {
    const { url } = await started();
    await postJson(`${url}/api/v2/calls`, { call: validCall({ duration: 'long' }) });
    await fetch(`${url}/api/v2/tickets/${SEED.tickets.manyComments}/comments?page[size]=5`);
    const { requests } = (await (await fetch(`${url}/__sandbox/requests`)).json()) as {
      requests: Record<string, unknown>[];
    };
    expect(requests).toMatchObject([
      { method: 'POST', path: '/api/v2/calls', status: 422, body: { call: { duration: 'long' } }, faultId: null },
      { method: 'GET', query: { 'page[size]': '5' }, status: 200, body: null },
    ]);
    await fetch(`${url}/__sandbox/requests`, { method: 'DELETE' });
    expect(((await (await fetch(`${url}/__sandbox/requests`)).json()) as { requests: unknown[] }).requests).toEqual([]);
  });
});

describe('faults', () => {
  it('answers the next N matching requests, then lets requests through', async () => {
    const { url } = await started();
    const armed = await postJson(`${url}/__sandbox/faults`, {
      method: 'POST',
      path: '/api/v2/calls',
      status: 503,
      times: 2,
    });
    expect(armed.status).toBe(201);
    const statuses: number[] = [];
    for (let attempt = 0; attempt < 3; attempt++)
      statuses.push((await postJson(`${url}/api/v2/calls`, { call: validCall() })).status);
    expect(statuses).toEqual([503, 503, 201]);
  });

  it('matches method and path patterns, ignoring .json', async () => {
    const { url } = await started();
    await postJson(`${url}/__sandbox/faults`, { method: 'GET', path: '/api/v2/calls/*', status: 500 });
    expect((await postJson(`${url}/api/v2/calls`, { call: validCall() })).status).toBe(201);
    expect((await fetch(`${url}/api/v2/tickets/101`)).status).toBe(200);
    expect((await fetch(`${url}/api/v2/calls/${SEED.calls.inProgress}.json`)).status).toBe(500);
  });

  it('answers a 429 with Retry-After and a text body by default', async () => {
    const { url } = await started();
    await postJson(`${url}/__sandbox/faults`, { status: 429, headers: { 'Retry-After': '30' } });
    const limited = await fetch(`${url}/api/v2/tickets/101`);
    expect(limited.status).toBe(429);
    expect(limited.headers.get('retry-after')).toBe('30');
    expect(limited.headers.get('x-rate-limit-remaining')).toBe('0');
    expect(await limited.text()).toMatch(/Rate limit/);
  });

  it('answers a 422 fault with the body given', async () => {
    const { url } = await started();
    const body = {
      error: 'RecordInvalid',
      description: 'Record validation errors',
      details: { to_line: [{ description: 'To line is invalid', error: 'InvalidValue' }] },
    };
    await postJson(`${url}/__sandbox/faults`, { path: '/api/v2/calls', status: 422, body });
    const answer = await postJson(`${url}/api/v2/calls`, { call: validCall() });
    expect(await answer.json()).toEqual(body);
  });

  it('delays a request without changing its answer when there is no status', async () => {
    const { url } = await started();
    await postJson(`${url}/__sandbox/faults`, { delayMs: 300 });
    const before = Date.now();
    const answer = await fetch(`${url}/api/v2/tickets/101`);
    expect(answer.status).toBe(200);
    expect(Date.now() - before).toBeGreaterThanOrEqual(290);
  });

  it('drops the connection', async () => {
    const { url } = await started();
    await postJson(`${url}/__sandbox/faults`, { drop: true });
    await expect(fetch(`${url}/api/v2/tickets/101`).then((answer) => answer.text())).rejects.toThrow();
    expect((await fetch(`${url}/api/v2/tickets/101`)).status).toBe(200);
    const { requests } = (await (await fetch(`${url}/__sandbox/requests`)).json()) as {
      requests: { status: number | null; faultId: number | null }[];
    };
    expect(requests[0]).toMatchObject({ status: null, faultId: 1 });
  });

  it('can store what a request asked for and then drop the answer', async () => {
    const { url } = await started();
    await postJson(`${url}/__sandbox/faults`, { method: 'PATCH', path: '/api/v2/calls/*', drop: 'after' });
    await expect(
      fetch(`${url}/api/v2/calls/16444799095831`, {
        method: 'PATCH',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ call: { call_disposition: 'stored anyway' } }),
      }).then((answer) => answer.text()),
    ).rejects.toThrow();
    const stored = (await (await fetch(`${url}/api/v2/calls/16444799095831`)).json()) as {
      call: { call_disposition: string };
    };
    expect(stored.call.call_disposition).toBe('stored anyway');
  });

  it('lists and clears armed faults', async () => {
    const { url } = await started();
    await postJson(`${url}/__sandbox/faults`, { status: 500, times: 3 });
    expect(await (await fetch(`${url}/__sandbox/faults`)).json()).toMatchObject({
      faults: [{ status: 500, remaining: 3 }],
    });
    expect(await (await fetch(`${url}/__sandbox/faults`, { method: 'DELETE' })).json()).toEqual({ cleared: 1 });
    expect((await fetch(`${url}/api/v2/tickets/101`)).status).toBe(200);
  });

  it.each([
    [{}, 'a fault needs a status'],
    [{ status: 99 }, 'status'],
    [{ status: 500, times: 0 }, 'times'],
    [{ method: 'FETCH', status: 500 }, 'method must be one of'],
    [{ path: '/admin', status: 500 }, 'path must start with /api/v2'],
    [{ drop: true, status: 500 }, 'drop and status cannot be combined'],
    [{ status: 500, colour: 'red' }, 'colour'],
  ])('refuses %j with a 400 that says why', async (spec, why) => {
    const { url } = await started();
    const answer = await postJson(`${url}/__sandbox/faults`, spec);
    expect(answer.status).toBe(400);
    expect(JSON.stringify(await answer.json())).toContain(why);
  });
});
