import type { ZafSdkClient } from './sdk';
import type { ApiRequest, ApiResponse, Transport } from '../calls/transport';
import { isRecord } from '../lib/isRecord';

/** client.request has no timeout of its own; a request that never answers must not freeze a form. */
export const REQUEST_TIMEOUT_MS = 30_000;

/** Headers arrive as an object (any case) or as a raw "Name: value" block; we want lower-case names. */
export function normaliseHeaders(headers: unknown): Record<string, string> {
  const result: Record<string, string> = {};
  if (typeof headers === 'string') {
    for (const line of headers.split(/\r?\n/)) {
      const colon = line.indexOf(':');
      if (colon > 0) result[line.slice(0, colon).trim().toLowerCase()] = line.slice(colon + 1).trim();
    }
  } else if (isRecord(headers)) {
    for (const [name, value] of Object.entries(headers)) {
      if (typeof value === 'string' || typeof value === 'number') result[name.toLowerCase()] = String(value);
    }
  }
  return result;
}

function bodyOf(response: Record<string, unknown>): unknown {
  if (response.responseJSON !== undefined) return response.responseJSON;
  const text = response.responseText;
  if (typeof text !== 'string' || text === '') return null;
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return text;
  }
}

/**
 * What client.request settled with (httpCompleteResponse on success, a
 * jqXHR-like object on failure) as a response, or null when no HTTP
 * response came back at all.
 */
export function toApiResponse(settled: unknown): ApiResponse | null {
  if (!isRecord(settled) || typeof settled.status !== 'number' || settled.status < 100) return null;
  return { status: settled.status, headers: normaliseHeaders(settled.headers), body: bodyOf(settled) };
}

function describeFailure(settled: unknown): string {
  if (settled instanceof Error) return settled.message;
  if (isRecord(settled) && typeof settled.statusText === 'string' && settled.statusText !== '') {
    return `the request failed (${settled.statusText})`;
  }
  return 'the request failed before Zendesk answered';
}

/** The calls domain's Transport over client.request, as the signed-in agent. */
export function createZafTransport(sdk: ZafSdkClient, timeoutMs: number = REQUEST_TIMEOUT_MS): Transport {
  return async (request: ApiRequest) => {
    const pending = sdk.request({
      url: request.url,
      type: request.method,
      ...(request.body === undefined ? {} : { contentType: 'application/json', data: JSON.stringify(request.body) }),
      dataType: 'json',
      httpCompleteResponse: true,
      // We show a 429 with its wait ourselves; ZAF must not silently send a create again later.
      autoRetry: false,
    });
    let timer: ReturnType<typeof setTimeout> | undefined;
    const timeout = new Promise<never>((_resolve, reject) => {
      timer = setTimeout(() => {
        reject(new Error(`Zendesk did not answer within ${Math.round(timeoutMs / 1000)} seconds`));
      }, timeoutMs);
    });
    try {
      const settled = await Promise.race([pending, timeout]);
      const response = toApiResponse(settled);
      if (response === null) throw new Error('Zendesk answered without a status');
      return response;
    } catch (failure) {
      const response = toApiResponse(failure);
      if (response !== null) return response;
      throw failure instanceof Error ? failure : new Error(describeFailure(failure));
    } finally {
      clearTimeout(timer);
    }
  };
}
