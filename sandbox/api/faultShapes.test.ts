import { afterEach, describe, expect, it } from 'vitest';
import { FAULT_SHAPES, retryAfterDate } from '../shared/faultShapes.ts';
import { postJson, startTestServer, type TestServer } from './httpTestSupport.ts';
import { validCall } from './testSupport.ts';

let server: TestServer | null = null;
const started = async () => (server = await startTestServer());

afterEach(async () => {
  await server?.close();
  server = null;
});

async function answerWith(spec: Record<string, unknown>) {
  const { url } = await started();
  const armed = await postJson(`${url}/__sandbox/faults`, { path: '/api/v2/calls', ...spec });
  expect(armed.status).toBe(201);
  return postJson(`${url}/api/v2/calls`, { call: validCall() });
}

describe('fault shapes', () => {
  it('serves an HTML error page as text/html', async () => {
    const answer = await answerWith(FAULT_SHAPES.htmlErrorPage);
    expect(answer.status).toBe(502);
    expect(answer.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(await answer.text()).toContain('<title>502 Bad Gateway</title>');
  });

  it('serves an empty body', async () => {
    const answer = await answerWith(FAULT_SHAPES.emptyBody);
    expect(answer.status).toBe(500);
    expect(await answer.text()).toBe('');
  });

  it('serves a 200 whose JSON is cut short', async () => {
    const answer = await answerWith(FAULT_SHAPES.notJson);
    expect(answer.status).toBe(200);
    expect(answer.headers.get('content-type')).toContain('application/json');
    await expect(answer.json()).rejects.toThrow();
  });

  it('serves a 429 as text with Retry-After as an HTTP date', async () => {
    const date = retryAfterDate(90, Date.parse('2026-01-01T00:00:00Z'));
    expect(date).toBe('Thu, 01 Jan 2026 00:01:30 GMT');
    const answer = await answerWith({ ...FAULT_SHAPES.rateLimitedText, headers: { 'Retry-After': date } });
    expect(answer.status).toBe(429);
    expect(answer.headers.get('retry-after')).toBe(date);
    expect(answer.headers.get('content-type')).toBe('text/plain; charset=utf-8');
    expect(await answer.text()).toMatch(/Rate limit/);
  });

  it.each(['localizedInvalid', 'baseInvalid', 'missingCall', 'wrongTypes'] as const)(
    'serves the JSON body of %s as given',
    async (name) => {
      const answer = await answerWith(FAULT_SHAPES[name]);
      expect(answer.status).toBe(FAULT_SHAPES[name].status);
      expect(await answer.json()).toEqual(FAULT_SHAPES[name].body);
    },
  );
});
