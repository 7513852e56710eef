// The Node http adapter: turns requests under /api/v2/ and /__sandbox/ into
// calls of the pure handlers, and applies faults, the request log and the
// rate-limit headers around the fake API.

import type { IncomingMessage, ServerResponse } from 'node:http';
import type { AppSummary } from '../shared/types.ts';
import { handleControlRequest } from './control.ts';
import { EventHub } from './events.ts';
import { FaultBook, faultResponse } from './faults.ts';
import { handleApiRequest } from './handle.ts';
import { loadState, saveState, type LoadedState } from './persistence.ts';
import { RateLimitCounter } from './rateLimit.ts';
import { parseJsonBody, type ApiRequest } from './request.ts';
import { RequestLog, loggedBody } from './requestLog.ts';
import type { ApiResponse } from './responses.ts';
import { createSeedState } from './seed.ts';
import { SandboxStore } from './store.ts';

export interface SandboxRuntime {
  store: SandboxStore;
  faults: FaultBook;
  requests: RequestLog;
  rateLimit: RateLimitCounter;
  events: EventHub;
  readApp: () => AppSummary;
  loaded: LoadedState;
}

export interface RuntimeOptions {
  stateFile: string;
  readApp: () => AppSummary;
  /** The app's name alone, read afresh for each voice comment; default: readApp().name. */
  readAppName?: () => string;
  now?: () => Date;
}

const MAX_BODY_BYTES = 5 * 1024 * 1024;

export function createSandboxRuntime(options: RuntimeOptions): SandboxRuntime {
  const appName = options.readAppName ?? (() => options.readApp().name);
  const loaded = loadState(options.stateFile, () => createSeedState(appName()), options.now);
  const store = new SandboxStore(loaded.state, {
    appName,
    now: options.now,
    save: (state) => saveState(options.stateFile, state),
  });
  if (loaded.origin !== 'file') saveState(options.stateFile, store.state);
  const events = new EventHub();
  store.onChange((change) => events.broadcast(change));
  const now = options.now;
  return {
    store,
    faults: new FaultBook(),
    requests: new RequestLog(),
    rateLimit: new RateLimitCounter(now ? () => now().getTime() : Date.now),
    events,
    readApp: options.readApp,
    loaded,
  };
}

function readBody(request: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    request.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > MAX_BODY_BYTES) reject(new Error('request body too large'));
      else chunks.push(chunk);
    });
    request.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    request.on('error', reject);
  });
}

function toApiRequest(request: IncomingMessage, body: string): ApiRequest {
  const url = new URL(request.url ?? '/', 'http://sandbox.invalid');
  const headers: Record<string, string | undefined> = {};
  for (const [name, value] of Object.entries(request.headers))
    headers[name] = Array.isArray(value) ? value.join(', ') : value;
  return {
    method: (request.method ?? 'GET').toUpperCase(),
    path: url.pathname,
    query: url.searchParams,
    headers,
    body,
    json: parseJsonBody(body),
  };
}

export function writeResponse(
  response: ServerResponse,
  result: ApiResponse,
  extraHeaders: Record<string, string> = {},
): void {
  const headers: Record<string, string> = { 'cache-control': 'no-store', ...extraHeaders, ...result.headers };
  let payload: string | undefined;
  if (typeof result.body === 'string') {
    payload = result.body;
    headers['content-type'] ??= 'text/plain; charset=utf-8';
  } else if (result.body !== undefined) {
    payload = JSON.stringify(result.body);
    headers['content-type'] ??= 'application/json; charset=utf-8';
  }
  response.writeHead(result.status, headers);
  response.end(payload);
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * Cuts the connection in the middle of the body. Headers go out first because
 * Chromium silently resends a request whose reused keep-alive connection
 * closes before any header arrives, so a bare socket.destroy() never reaches the app.
 */
function dropConnection(request: IncomingMessage, response: ServerResponse): void {
  response.writeHead(200, { 'content-type': 'application/json; charset=utf-8', 'content-length': '4096' });
  response.write('{"call":', () => request.socket.destroy());
}

async function serveApi(
  runtime: SandboxRuntime,
  request: IncomingMessage,
  response: ServerResponse,
  apiRequest: ApiRequest,
) {
  const started = Date.now();
  const fault = runtime.faults.take(apiRequest.method, apiRequest.path);
  const log = (status: number | null) =>
    runtime.requests.record({
      time: new Date(started).toISOString(),
      method: apiRequest.method,
      path: apiRequest.path,
      query: Object.fromEntries(apiRequest.query.entries()),
      body: loggedBody(apiRequest),
      status,
      durationMs: Date.now() - started,
      faultId: fault?.id ?? null,
    });
  if (fault && fault.delayMs > 0) await sleep(fault.delayMs);
  if (fault?.drop === 'before') {
    log(null);
    dropConnection(request, response);
    return;
  }
  const rateHeaders = runtime.rateLimit.next();
  const result =
    fault?.status !== undefined
      ? faultResponse({ ...fault, status: fault.status })
      : handleApiRequest(runtime.store, apiRequest);
  if (fault?.drop === 'after') {
    // The work is done and stored; only the answer is lost, as when a connection dies on the way back.
    log(null);
    dropConnection(request, response);
    return;
  }
  if (result.status === 429) rateHeaders['x-rate-limit-remaining'] = '0';
  log(result.status);
  writeResponse(response, result, { ...rateHeaders, 'x-zendesk-api-version': 'v2' });
}

type Next = (error?: unknown) => void;

/** Connect-style middleware for /api/v2/ and /__sandbox/; other requests go on to `next`. */
export function createSandboxMiddleware(runtime: SandboxRuntime) {
  return (request: IncomingMessage, response: ServerResponse, next: Next): void => {
    const url = request.url ?? '/';
    const isApi = url.startsWith('/api/v2/');
    if (!isApi && !url.startsWith('/__sandbox/')) {
      next();
      return;
    }
    readBody(request)
      .then(async (body) => {
        const apiRequest = toApiRequest(request, body);
        if (isApi) {
          await serveApi(runtime, request, response, apiRequest);
          return;
        }
        const result = handleControlRequest(runtime, apiRequest);
        if (result.kind === 'events') runtime.events.attach(response);
        else writeResponse(response, result.response);
      })
      .catch((error: unknown) => {
        if (response.headersSent) response.end();
        else
          writeResponse(response, {
            status: 500,
            headers: {},
            body: { error: 'SandboxError', description: String(error) },
          });
      });
  };
}
