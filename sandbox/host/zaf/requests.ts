// client.request() on the host side: the SDK's options (jQuery.ajax style)
// become a fetch to the fake API, and the answer becomes what ZAF resolves or
// rejects with. Never throws: every outcome is a done or a fail.

import { AGENT_HEADER } from '../../shared/common';

export interface ProxyContext {
  fetch: typeof fetch;
  /** The host page's origin; the fake API lives there. */
  hostOrigin: string;
  /** Absolute URLs on https://<subdomain>.zendesk.com also reach the fake API. */
  subdomain: string;
  agentId: number;
  sleep: (ms: number) => Promise<void>;
  warn: (message: string) => void;
}

export interface ProxyOutcome {
  kind: 'done' | 'fail';
  /** responseArgs: what the SDK resolves or rejects with (the first one). */
  args: unknown[];
  method: string;
  status: number;
}

export const MAX_AUTO_RETRIES = 3;
export const MAX_RETRY_WAIT_SECONDS = 60;

type Options = Record<string, unknown>;

const networkFailure = (method: string): ProxyOutcome => ({
  kind: 'fail',
  args: [{ status: 0, statusText: 'error', responseText: '' }],
  method,
  status: 0,
});

/** jQuery's $.param: nested objects as a[b]=c, arrays as a[]=x. */
export function formEncode(data: unknown, prefix = ''): string {
  if (typeof data !== 'object' || data === null) {
    const text = typeof data === 'string' || typeof data === 'number' || typeof data === 'boolean' ? String(data) : '';
    return prefix ? `${encodeURIComponent(prefix)}=${encodeURIComponent(text)}` : '';
  }
  const entries = Array.isArray(data) ? data.map((value: unknown) => ['', value] as const) : Object.entries(data);
  return entries
    .map(([key, value]) => formEncode(value, prefix ? `${prefix}[${key}]` : key))
    .filter((part) => part !== '')
    .join('&');
}

/** The fake-API URL for the request, or null when it would leave the sandbox. */
export function resolveApiUrl(rawUrl: string, context: ProxyContext): string | null {
  let url: URL;
  try {
    url = new URL(rawUrl, context.hostOrigin);
  } catch {
    return null;
  }
  const sameAccount = url.origin === context.hostOrigin || url.host === `${context.subdomain}.zendesk.com`;
  if (!sameAccount || !url.pathname.startsWith('/api/')) return null;
  return `${context.hostOrigin}${url.pathname}${url.search}`;
}

function headersOf(response: Response): Record<string, string> {
  const headers: Record<string, string> = {};
  response.headers.forEach((value, name) => (headers[name.toLowerCase()] = value));
  return headers;
}

function parseJson(text: string): { ok: true; value: unknown } | { ok: false } {
  try {
    return { ok: true, value: JSON.parse(text) as unknown };
  } catch {
    return { ok: false };
  }
}

function buildInit(
  options: Options,
  method: string,
  url: string,
  context: ProxyContext,
): { url: string; init: RequestInit } {
  const headers: Record<string, string> = {
    'x-requested-with': 'XMLHttpRequest',
    [AGENT_HEADER]: String(context.agentId),
  };
  if (typeof options.headers === 'object' && options.headers !== null) {
    for (const [name, value] of Object.entries(options.headers)) if (typeof value === 'string') headers[name] = value;
  }
  const { data } = options;
  if (data === undefined || data === null) return { url, init: { method, headers } };
  const encoded = typeof data === 'string' ? data : formEncode(data);
  if (method === 'GET' || method === 'HEAD') {
    return { url: encoded ? `${url}${url.includes('?') ? '&' : '?'}${encoded}` : url, init: { method, headers } };
  }
  const contentType =
    typeof options.contentType === 'string' ? options.contentType : 'application/x-www-form-urlencoded; charset=UTF-8';
  if (typeof data !== 'string' && contentType.includes('json')) {
    context.warn(
      'client.request: `data` is an object but contentType is JSON; ZAF (jQuery) sends it form-encoded. JSON.stringify it.',
    );
  }
  headers['content-type'] = contentType;
  return { url, init: { method, headers, body: encoded } };
}

function outcomeOf(response: Response, text: string, options: Options, method: string): ProxyOutcome {
  const headers = headersOf(response);
  const wantsJson = options.dataType === 'json' || (headers['content-type'] ?? '').includes('json');
  const parsed = wantsJson && text.trim() !== '' ? parseJson(text) : null;
  const responseJSON = parsed?.ok ? parsed.value : undefined;
  const { status } = response;
  if ((status >= 200 && status < 300) || status === 304) {
    if (options.dataType === 'json' && parsed && !parsed.ok) {
      return {
        kind: 'fail',
        args: [{ status, statusText: 'parsererror', responseText: text, headers }],
        method,
        status,
      };
    }
    if (options.httpCompleteResponse === true) {
      return { kind: 'done', args: [{ status, responseJSON, responseText: text, headers }], method, status };
    }
    return { kind: 'done', args: [responseJSON ?? (text === '' ? undefined : text)], method, status };
  }
  return {
    kind: 'fail',
    args: [{ status, statusText: response.statusText, responseText: text, responseJSON, headers }],
    method,
    status,
  };
}

function retryWaitSeconds(response: Response): number {
  const seconds = Number(response.headers.get('retry-after') ?? '1');
  return Number.isFinite(seconds) ? Math.min(MAX_RETRY_WAIT_SECONDS, Math.max(0, seconds)) : 1;
}

export async function proxyRequest(rawOptions: unknown, context: ProxyContext): Promise<ProxyOutcome> {
  const options: Options =
    typeof rawOptions === 'string'
      ? { url: rawOptions }
      : typeof rawOptions === 'object' && rawOptions !== null
        ? { ...rawOptions }
        : {};
  const declaredMethod = options.type ?? options.method;
  const method = typeof declaredMethod === 'string' ? declaredMethod.toUpperCase() : 'GET';
  const url = typeof options.url === 'string' ? resolveApiUrl(options.url, context) : null;
  if (url === null) {
    context.warn(
      `client.request to ${JSON.stringify(options.url)}: the sandbox only answers this account's /api/ URLs; failing with status 0.`,
    );
    return networkFailure(method);
  }
  const request = buildInit(options, method, url, context);
  for (let attempt = 0; ; attempt++) {
    let response: Response;
    let text: string;
    try {
      response = await context.fetch(request.url, request.init);
      text = await response.text();
    } catch {
      return networkFailure(method);
    }
    // ZAF retries a rate-limited request by itself unless the app sets autoRetry: false.
    if (response.status === 429 && options.autoRetry !== false && attempt < MAX_AUTO_RETRIES) {
      const wait = retryWaitSeconds(response);
      context.warn(
        `client.request got 429: retrying after ${wait}s as ZAF does (set autoRetry: false to get the 429).`,
      );
      await context.sleep(wait * 1000);
      continue;
    }
    return outcomeOf(response, text, options, method);
  }
}
