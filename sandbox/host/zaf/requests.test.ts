import { describe, expect, it, vi } from 'vitest';
import { formEncode, proxyRequest, type ProxyContext } from './requests';

interface Sent {
  url: string;
  init: RequestInit;
}

function contextWith(responses: (Response | Error)[]) {
  const sent: Sent[] = [];
  const warnings: string[] = [];
  const sleeps: number[] = [];
  const context: ProxyContext = {
    fetch: (input, init) => {
      sent.push({
        url: typeof input === 'string' ? input : input instanceof URL ? input.href : input.url,
        init: init ?? {},
      });
      const next = responses.shift();
      return next instanceof Response ? Promise.resolve(next) : Promise.reject(next ?? new Error('no response left'));
    },
    hostOrigin: 'http://localhost:5173',
    subdomain: 'sandbox',
    agentId: 1568991112,
    sleep: (ms) => {
      sleeps.push(ms);
      return Promise.resolve();
    },
    warn: (message) => warnings.push(message),
  };
  return { context, sent, warnings, sleeps };
}

const jsonResponse = (status: number, body: unknown, headers: Record<string, string> = {}) =>
  new Response(JSON.stringify(body), {
    status,
    headers: { 'content-type': 'application/json; charset=utf-8', ...headers },
  });

describe('proxyRequest', () => {
  it('sends a relative API request to the fake API as the signed-in agent and resolves with the body', async () => {
    const { context, sent } = contextWith([jsonResponse(201, { call: { id: 5 } })]);
    const body = JSON.stringify({ call: { app_id: 1 } });
    const outcome = await proxyRequest(
      { url: '/api/v2/calls', type: 'POST', contentType: 'application/json', data: body },
      context,
    );
    expect(outcome).toEqual({ kind: 'done', args: [{ call: { id: 5 } }], method: 'POST', status: 201 });
    expect(sent[0]?.url).toBe('http://localhost:5173/api/v2/calls');
    expect(sent[0]?.init).toMatchObject({
      method: 'POST',
      body,
      headers: { 'content-type': 'application/json', 'x-sandbox-agent-id': '1568991112' },
    });
  });

  it('resolves with status, parsed JSON, text and lower-case headers when httpCompleteResponse is set', async () => {
    const { context } = contextWith([jsonResponse(200, { ok: true }, { 'X-Rate-Limit': '700' })]);
    const outcome = await proxyRequest({ url: '/api/v2/users/me', httpCompleteResponse: true }, context);
    expect(outcome.args[0]).toMatchObject({
      status: 200,
      responseJSON: { ok: true },
      responseText: '{"ok":true}',
      headers: { 'x-rate-limit': '700' },
    });
  });

  it('rejects an error status with a jqXHR-like object', async () => {
    const details = { error: 'RecordInvalid', details: { to_line: [] } };
    const { context } = contextWith([jsonResponse(422, details)]);
    const outcome = await proxyRequest({ url: '/api/v2/calls/1', type: 'PATCH', data: '{}' }, context);
    expect(outcome.kind).toBe('fail');
    expect(outcome.args[0]).toMatchObject({
      status: 422,
      statusText: '',
      responseText: JSON.stringify(details),
      responseJSON: details,
    });
  });

  it('keeps a non-JSON error body as text only', async () => {
    const { context } = contextWith([
      new Response('Rate limited', { status: 500, headers: { 'content-type': 'text/plain' } }),
    ]);
    const outcome = await proxyRequest('/api/v2/tickets/1', context);
    expect(outcome.args[0]).toMatchObject({ status: 500, responseText: 'Rate limited', responseJSON: undefined });
  });

  it('resolves a 204 with no body', async () => {
    const { context } = contextWith([new Response(null, { status: 204 })]);
    expect((await proxyRequest({ url: '/api/v2/x', type: 'DELETE' }, context)).args).toEqual([undefined]);
  });

  it('fails with status 0 on a network error', async () => {
    const { context } = contextWith([new TypeError('Failed to fetch')]);
    expect((await proxyRequest('/api/v2/tickets/1', context)).args).toEqual([
      { status: 0, statusText: 'error', responseText: '' },
    ]);
  });

  it('refuses other hosts without sending anything, and maps the account domain to the fake API', async () => {
    const { context, sent, warnings } = contextWith([jsonResponse(200, {})]);
    const elsewhere = await proxyRequest('https://api.example.com/things', context);
    expect(elsewhere).toMatchObject({ kind: 'fail', status: 0 });
    expect(warnings[0]).toContain('api.example.com');
    await proxyRequest('https://sandbox.zendesk.com/api/v2/tickets/1.json?x=1', context);
    expect(sent.map((request) => request.url)).toEqual(['http://localhost:5173/api/v2/tickets/1.json?x=1']);
  });

  it('retries a 429 after Retry-After unless autoRetry is false', async () => {
    const limited = () => new Response('slow down', { status: 429, headers: { 'retry-after': '7' } });
    const retried = contextWith([limited(), jsonResponse(200, { ok: 1 })]);
    expect(await proxyRequest('/api/v2/tickets/1', retried.context)).toMatchObject({ kind: 'done', args: [{ ok: 1 }] });
    expect(retried.sleeps).toEqual([7000]);
    const notRetried = contextWith([limited()]);
    const outcome = await proxyRequest({ url: '/api/v2/tickets/1', autoRetry: false }, notRetried.context);
    expect(outcome.args[0]).toMatchObject({ status: 429, headers: { 'retry-after': '7' } });
    expect(notRetried.sleeps).toEqual([]);
  });

  it('gives up retrying after three 429s', async () => {
    const limited = () => new Response('', { status: 429 });
    const { context, sent } = contextWith([limited(), limited(), limited(), limited()]);
    expect(await proxyRequest('/api/v2/tickets/1', context)).toMatchObject({ kind: 'fail', status: 429 });
    expect(sent).toHaveLength(4);
  });

  it('puts GET data in the query and form-encodes object data like jQuery, warning about JSON', async () => {
    const { context, sent, warnings } = contextWith([jsonResponse(200, {}), jsonResponse(200, {})]);
    await proxyRequest({ url: '/api/v2/tickets/1/comments', data: { 'page[size]': 100 } }, context);
    await proxyRequest(
      { url: '/api/v2/calls', type: 'POST', contentType: 'application/json', data: { call: { a: 1 } } },
      context,
    );
    expect(sent[0]?.url).toBe('http://localhost:5173/api/v2/tickets/1/comments?page%5Bsize%5D=100');
    expect(sent[1]?.init.body).toBe('call%5Ba%5D=1');
    expect(warnings[0]).toContain('JSON.stringify');
  });

  it('fails with parsererror when dataType json meets a body that is not JSON', async () => {
    const { context } = contextWith([
      new Response('<html>', { status: 200, headers: { 'content-type': 'text/html' } }),
    ]);
    expect((await proxyRequest({ url: '/api/v2/x', dataType: 'json' }, context)).args[0]).toMatchObject({
      status: 200,
      statusText: 'parsererror',
    });
  });
});

describe('formEncode', () => {
  it('encodes nested objects and arrays as jQuery does', () => {
    expect(formEncode({ a: { b: 1, c: [1, 2] }, d: 'x y' })).toBe(
      'a%5Bb%5D=1&a%5Bc%5D%5B%5D=1&a%5Bc%5D%5B%5D=2&d=x%20y',
    );
  });
});

describe('the fetch it is given', () => {
  it('is the only way out', async () => {
    const spy = vi.spyOn(globalThis, 'fetch');
    const { context } = contextWith([jsonResponse(200, {})]);
    await proxyRequest('/api/v2/tickets/1', context);
    expect(spy).not.toHaveBeenCalled();
    spy.mockRestore();
  });
});
