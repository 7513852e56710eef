// Helpers for the sandbox's unit tests: a store on a controllable clock and
// requests built without HTTP.

import type { AppSummary } from '../shared/types.ts';
import { handleApiRequest } from './handle.ts';
import { parseJsonBody, type ApiRequest } from './request.ts';
import type { ApiResponse } from './responses.ts';
import { createSeedState } from './seed.ts';
import { SandboxStore } from './store.ts';

export const TEST_APP: AppSummary = {
  appDir: '.',
  name: 'Test App',
  version: '1.0.0',
  locationUrl: 'assets/iframe.html',
  topBar: null,
  parameters: [
    { name: 'company_line', type: 'text', required: false, secure: false, default: null, label: 'Company line' },
    { name: 'default_country', type: 'text', required: false, secure: false, default: 'US', label: 'Default country' },
    { name: 'show_more', type: 'checkbox', required: false, secure: false, default: false, label: 'Show more' },
    { name: 'api_token', type: 'text', required: false, secure: true, default: null, label: 'Token' },
  ],
  problem: null,
};

export class TestClock {
  #millis: number;

  constructor(start = '2025-02-03T10:00:00Z') {
    this.#millis = Date.parse(start);
  }

  now = (): Date => new Date(this.#millis);

  advance(seconds: number): void {
    this.#millis += seconds * 1000;
  }
}

export function createTestStore(clock = new TestClock()): SandboxStore {
  return new SandboxStore(createSeedState(TEST_APP.name), { appName: () => TEST_APP.name, now: clock.now });
}

export function apiRequest(
  method: string,
  pathAndQuery: string,
  body?: unknown,
  headers: Record<string, string> = {},
): ApiRequest {
  const url = new URL(pathAndQuery, 'http://localhost:5173');
  const text = body === undefined ? '' : typeof body === 'string' ? body : JSON.stringify(body);
  return {
    method,
    path: url.pathname,
    query: url.searchParams,
    headers: { host: 'localhost:5173', ...headers },
    body: text,
    json: parseJsonBody(text),
  };
}

/** The JSON body of a response as a plain record, for reading fields in tests. */
export function bodyOf(response: ApiResponse): Record<string, unknown> {
  const body = response.body;
  if (typeof body !== 'object' || body === null || Array.isArray(body))
    throw new Error(`not an object body: ${String(body)}`);
  return body as Record<string, unknown>;
}

export function call(
  store: SandboxStore,
  method: string,
  pathAndQuery: string,
  body?: unknown,
  headers?: Record<string, string>,
) {
  const response = handleApiRequest(store, apiRequest(method, pathAndQuery, body, headers));
  return { response, status: response.status, json: () => bodyOf(response) };
}

/** A minimal valid call for create. */
export function validCall(extra: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    app_id: 1003048,
    from_line: '+14155550123',
    to_line: '+18005550199',
    call_started_at: '2025-02-03T10:00:00Z',
    direction: 'inbound',
    ...extra,
  };
}
