import type { ZafSdkClient, ZafSdkRequestOptions } from './sdk';
import { describe, expect, it, vi } from 'vitest';
import { createZafTransport, normaliseHeaders, toApiResponse } from './request';

function sdkAnswering(answer: (options: ZafSdkRequestOptions) => Promise<unknown>) {
  const request = vi.fn(answer);
  const sdk: ZafSdkClient = {
    metadata: vi.fn(),
    context: vi.fn(),
    get: vi.fn(),
    invoke: vi.fn(),
    on: vi.fn(),
    off: vi.fn(),
    request,
  };
  return { sdk, request };
}

describe('createZafTransport', () => {
  it('sends JSON as the signed-in agent, asks for the whole response, and handles 429 itself', async () => {
    const { sdk, request } = sdkAnswering(() =>
      Promise.resolve({
        status: 201,
        responseJSON: { call: { id: 1 } },
        responseText: '',
        headers: { 'X-Rate-Limit': '700' },
      }),
    );
    const response = await createZafTransport(sdk)({ method: 'POST', url: '/api/v2/calls', body: { call: { a: 1 } } });
    expect(request).toHaveBeenCalledWith({
      url: '/api/v2/calls',
      type: 'POST',
      contentType: 'application/json',
      data: '{"call":{"a":1}}',
      dataType: 'json',
      httpCompleteResponse: true,
      autoRetry: false,
    });
    expect(response).toEqual({ status: 201, headers: { 'x-rate-limit': '700' }, body: { call: { id: 1 } } });
  });

  it('turns a failed request (a jqXHR-like rejection) into its response, Retry-After included', async () => {
    const { sdk } = sdkAnswering(() =>
      // The SDK rejects with a plain jqXHR-like object, not an Error: that is what is tested.
      // eslint-disable-next-line @typescript-eslint/prefer-promise-reject-errors
      Promise.reject({
        status: 429,
        statusText: 'Too Many Requests',
        responseText: '',
        headers: 'Retry-After: 30\r\nX-Rate-Limit: 700',
      }),
    );
    const response = await createZafTransport(sdk)({ method: 'GET', url: '/api/v2/calls/1' });
    expect(response).toEqual({ status: 429, headers: { 'retry-after': '30', 'x-rate-limit': '700' }, body: null });
  });

  it('rejects when no response came at all', async () => {
    // eslint-disable-next-line @typescript-eslint/prefer-promise-reject-errors
    const { sdk } = sdkAnswering(() => Promise.reject({ status: 0, statusText: 'error', responseText: '' }));
    await expect(createZafTransport(sdk)({ method: 'GET', url: '/api/v2/calls/1' })).rejects.toThrow(
      'the request failed (error)',
    );
  });

  it('gives up after its timeout: client.request has none', async () => {
    const { sdk } = sdkAnswering(() => new Promise(() => undefined));
    await expect(createZafTransport(sdk, 20)({ method: 'GET', url: '/api/v2/calls/1' })).rejects.toThrow(
      'Zendesk did not answer within 0 seconds',
    );
  });
});

describe('toApiResponse', () => {
  it('parses a JSON body that came only as text', () => {
    expect(toApiResponse({ status: 422, responseText: '{"error":"RecordInvalid"}' })?.body).toEqual({
      error: 'RecordInvalid',
    });
  });

  it('keeps a body that is not JSON as text', () => {
    expect(toApiResponse({ status: 502, responseText: '<html>Bad gateway</html>' })?.body).toBe(
      '<html>Bad gateway</html>',
    );
  });

  it('is null for anything without an HTTP status', () => {
    expect(toApiResponse('nope')).toBeNull();
    expect(toApiResponse({ status: 0 })).toBeNull();
  });
});

describe('normaliseHeaders', () => {
  it('lower-cases names from an object or a raw header block', () => {
    expect(normaliseHeaders({ 'Retry-After': 5 })).toEqual({ 'retry-after': '5' });
    expect(normaliseHeaders('Content-Type: application/json\nRetry-After: 7')).toEqual({
      'content-type': 'application/json',
      'retry-after': '7',
    });
  });
});
