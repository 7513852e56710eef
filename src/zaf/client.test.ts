import type { ZafSdkClient, ZafSdkHandler } from './sdk';
import { describe, expect, it, vi } from 'vitest';
import { initZafClient, wrapSdkClient } from './client';

function fakeSdk() {
  const handlers = new Map<string, ZafSdkHandler[]>();
  const sdk = {
    metadata: vi.fn(),
    context: vi.fn(),
    get: vi.fn((): Promise<unknown> => Promise.resolve({ errors: {}, 'ticket.id': 42 })),
    invoke: vi.fn(() => Promise.resolve({ errors: {} })),
    on: vi.fn((name: string, handler: ZafSdkHandler) => {
      handlers.set(name, [...(handlers.get(name) ?? []), handler]);
    }),
    off: vi.fn((name: string, handler: ZafSdkHandler) => {
      handlers.set(
        name,
        (handlers.get(name) ?? []).filter((known) => known !== handler),
      );
    }),
    request: vi.fn(),
  } satisfies ZafSdkClient;
  const fire = (name: string, data: unknown) => {
    // Like the SDK: a copy is not taken, handlers run in order.
    (handlers.get(name) ?? []).forEach((handler) => {
      handler(data);
    });
  };
  return { sdk, fire, handlers };
}

describe('wrapSdkClient', () => {
  it('resolves registered from app.registered, then lets go of its handler', async () => {
    const { sdk, fire, handlers } = fakeSdk();
    const client = wrapSdkClient(sdk);
    fire('app.registered', { metadata: { appId: 5 }, context: { ticketId: 42 } });
    await expect(client.registered).resolves.toMatchObject({ metadata: { appId: 5 }, context: { ticketId: 42 } });
    expect(handlers.get('app.registered')).toEqual([]);
  });

  it('asks for everything the sidebar needs in one get', async () => {
    const { sdk } = fakeSdk();
    await wrapSdkClient(sdk).getTicketSidebarData();
    expect(sdk.get).toHaveBeenCalledTimes(1);
    expect(sdk.get).toHaveBeenCalledWith([
      'ticket.id',
      'ticket.requester',
      'ticket.brand',
      'currentUser',
      'colorScheme',
    ]);
  });

  it('fails to get the sidebar data when the SDK answers with a TimeoutError instead of the paths', async () => {
    const { sdk } = fakeSdk();
    sdk.get.mockResolvedValue({ name: 'TimeoutError', message: 'Timeout when invoking "get"' });
    await expect(wrapSdkClient(sdk).getTicketSidebarData()).rejects.toThrow('Timeout when invoking "get"');
  });

  it('resizes the iframe only when the height changes', () => {
    const { sdk } = fakeSdk();
    const client = wrapSdkClient(sdk);
    client.resize(320);
    client.resize(320);
    client.resize(400);
    expect(sdk.invoke.mock.calls).toEqual([
      ['resize', { width: '100%', height: '320px' }],
      ['resize', { width: '100%', height: '400px' }],
    ]);
  });

  it('gives back an unsubscribe for every event it subscribes', () => {
    const { sdk, fire } = fakeSdk();
    const handler = vi.fn();
    const unsubscribe = wrapSdkClient(sdk).on('ticket.saved', handler);
    fire('ticket.saved', 1);
    unsubscribe();
    fire('ticket.saved', 2);
    expect(handler.mock.calls).toEqual([[1]]);
  });
});

describe('wrapSdkClient request', () => {
  const unavailable = { status: 503, statusText: 'Service Unavailable', responseText: '' };
  const ok = { status: 200, headers: {}, responseJSON: { call: { id: 701 } } };

  it('sends a GET again after a 503 and a POST only once', async () => {
    vi.spyOn(Math, 'random').mockReturnValue(0);
    try {
      const { sdk } = fakeSdk();
      sdk.request.mockRejectedValueOnce(unavailable).mockResolvedValueOnce(ok);
      const client = wrapSdkClient(sdk);
      await expect(client.request({ method: 'GET', url: '/api/v2/calls/701' })).resolves.toMatchObject({
        status: 200,
      });
      expect(sdk.request).toHaveBeenCalledTimes(2);

      sdk.request.mockClear().mockRejectedValueOnce(unavailable).mockResolvedValueOnce(ok);
      await expect(client.request({ method: 'POST', url: '/api/v2/calls', body: {} })).resolves.toMatchObject({
        status: 503,
      });
      expect(sdk.request).toHaveBeenCalledTimes(1);
    } finally {
      vi.restoreAllMocks();
    }
  });
});

describe('initZafClient', () => {
  it('says the SDK is missing when its script did not define ZAFClient', () => {
    expect(initZafClient(undefined)).toBe('sdkMissing');
    expect(initZafClient({})).toBe('sdkMissing');
  });

  it('says the page is outside Zendesk when the SDK finds no origin or app_guid', () => {
    expect(initZafClient({ init: () => false })).toBe('outsideZendesk');
  });

  it('wraps the client the SDK made', () => {
    const { sdk } = fakeSdk();
    const client = initZafClient({ init: () => sdk });
    expect(typeof client === 'string' ? client : typeof client.getTicketSidebarData).toBe('function');
  });

  it('reads the SDK from window.ZAFClient by default', () => {
    expect(initZafClient()).toBe('sdkMissing');
    const { sdk } = fakeSdk();
    vi.stubGlobal('ZAFClient', { init: () => sdk });
    try {
      expect(initZafClient()).not.toBe('sdkMissing');
    } finally {
      vi.unstubAllGlobals();
    }
  });
});
