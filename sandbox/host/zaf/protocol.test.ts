import { describe, expect, it, vi } from 'vitest';
import { ZafHost, type ZafHostOptions } from './protocol';
import type { ProxyOutcome } from './requests';

const APP_GUID = 'a1b2c3d4-0000-4000-8000-000000000001';

function hostWith(overrides: Partial<ZafHostOptions> = {}) {
  const sent: Record<string, unknown>[] = [];
  const host = new ZafHost({
    appGuid: APP_GUID,
    send: (message) => sent.push(JSON.parse(message) as Record<string, unknown>),
    registration: () => ({
      metadata: { appId: 7, settings: { title: 'T' } },
      context: { ticketId: 101, location: 'ticket_sidebar' },
    }),
    rpc: {
      get: (path) => (path === 'ticket.id' ? { found: true, value: 101 } : { found: false }),
      set: () => ({ ok: true, value: null }),
      invoke: (name) =>
        name === 'resize'
          ? { ok: true, value: { height: '412px' } }
          : { ok: false, error: { name: 'APIUnavailable', message: 'no' } },
    },
    request: () => Promise.resolve({ kind: 'done', args: [{ ok: 1 }], method: 'GET', status: 200 }),
    ...overrides,
  });
  // As the SDK sends them: JSON strings with the app's guid.
  const fromApp = (message: Record<string, unknown>) =>
    host.receive(JSON.stringify({ ...message, appGuid: APP_GUID, instanceGuid: APP_GUID }));
  return { host, sent, fromApp };
}

describe('ZafHost', () => {
  it('answers the handshake with app.registered, once per document', () => {
    const warnings: string[] = [];
    const { host, sent, fromApp } = hostWith({ warn: (message) => warnings.push(message) });
    fromApp({ key: 'iframe.handshake', message: { version: '2.0.9' } });
    fromApp({ key: 'iframe.handshake', message: { version: '2.0.9' } });
    expect(sent).toEqual([
      {
        key: 'zaf.app.registered',
        message: {
          metadata: { appId: 7, settings: { title: 'T' } },
          context: { ticketId: 101, location: 'ticket_sidebar' },
        },
      },
    ]);
    expect(warnings).toEqual([expect.stringContaining('ZAFClient.init() once per page')]);
    host.frameLoaded();
    fromApp({ key: 'iframe.handshake', message: { version: '2.0.9' } });
    expect(sent).toHaveLength(2);
  });

  it('answers get with values and per-path errors, and a single failed path with a top-level error', () => {
    const { sent, fromApp } = hostWith();
    fromApp({ id: 1, request: 'get', params: ['ticket.id', 'ticket.nope'] });
    fromApp({ id: 2, request: 'get', params: ['ticket.nope'] });
    expect(sent[0]).toEqual({
      id: 1,
      result: {
        'ticket.id': 101,
        errors: {
          'ticket.nope': { name: 'APIUnavailable', message: expect.stringContaining('ticket.nope') as unknown },
        },
      },
    });
    expect(sent[1]).toMatchObject({ id: 2, error: { name: 'APIUnavailable' } });
    expect(sent[1]).not.toHaveProperty('result');
  });

  it('answers invoke, and always answers even when a handler throws', () => {
    const { sent, fromApp } = hostWith({
      rpc: {
        get: () => {
          throw new Error('boom');
        },
        set: () => ({ ok: true, value: null }),
        invoke: () => ({ ok: true, value: { height: '412px' } }),
      },
    });
    fromApp({ id: 3, request: 'invoke', params: { resize: [{ width: '100%', height: '412px' }] } });
    fromApp({ id: 4, request: 'get', params: ['ticket.id'] });
    fromApp({ id: 5, request: 'get', params: 'ticket.id' });
    fromApp({ id: 6, request: 'teleport', params: {} });
    expect(sent).toEqual([
      { id: 3, result: { errors: {}, resize: { height: '412px' } } },
      { id: 4, error: { name: 'HostError', message: 'boom' } },
      { id: 5, error: { name: 'InvalidParams', message: 'get expects an array of paths' } },
      { id: 6, error: { name: 'UnknownRequest', message: expect.stringContaining('teleport') as unknown } },
    ]);
  });

  it('proxies request:N and answers with zaf.request:N.done or .fail', async () => {
    const outcomes: ProxyOutcome[] = [
      { kind: 'done', args: [{ call: { id: 1 } }], method: 'POST', status: 201 },
      { kind: 'fail', args: [{ status: 422 }], method: 'POST', status: 422 },
    ];
    const fallback: ProxyOutcome = { kind: 'fail', args: [], method: 'GET', status: 0 };
    const request = vi.fn((): Promise<ProxyOutcome> => Promise.resolve(outcomes.shift() ?? fallback));
    const settled: ProxyOutcome[] = [];
    const { host, sent, fromApp } = hostWith({ request, onRequestSettled: (outcome) => settled.push(outcome) });
    fromApp({ key: 'iframe.on:request:1.done', message: { subscriberCount: 1 } });
    fromApp({ key: 'iframe.on:request:1.fail', message: { subscriberCount: 1 } });
    fromApp({ key: 'request:1', message: { url: '/api/v2/calls', type: 'POST' } });
    fromApp({ key: 'request:2', message: { url: '/api/v2/calls', type: 'POST' } });
    await vi.waitFor(() => expect(settled).toHaveLength(2));
    expect(request).toHaveBeenCalledWith({ url: '/api/v2/calls', type: 'POST' });
    expect(sent).toEqual([
      { key: 'zaf.request:1.done', message: { responseArgs: [{ call: { id: 1 } }] } },
      { key: 'zaf.request:2.fail', message: { responseArgs: [{ status: 422 }] } },
    ]);
    expect(host.subscriptions()).toEqual([]);
  });

  it('answers a request that throws with a status 0 failure', async () => {
    const { sent, fromApp } = hostWith({ request: () => Promise.reject(new Error('bug')) });
    fromApp({ key: 'request:9', message: { url: '/api/v2/x' } });
    await vi.waitFor(() => expect(sent).toHaveLength(1));
    expect(sent[0]).toEqual({
      key: 'zaf.request:9.fail',
      message: { responseArgs: [{ status: 0, statusText: 'error', responseText: '' }] },
    });
  });

  it('keeps subscriptions, fires events only to listeners, and delivers the first app.activated', () => {
    const changes: string[][] = [];
    const { host, sent, fromApp } = hostWith({ onSubscriptionsChange: (names) => changes.push(names) });
    fromApp({ key: 'iframe.handshake' });
    sent.length = 0;
    expect(host.fire('colorScheme.changed', 'dark')).toBe(false);
    fromApp({ key: 'iframe.on:colorScheme.changed', message: { subscriberCount: 1 } });
    fromApp({ key: 'iframe.on:app.activated', message: { subscriberCount: 1 } });
    expect(host.fire('colorScheme.changed', 'dark')).toBe(true);
    fromApp({ key: 'iframe.off:colorScheme.changed', message: { subscriberCount: 0 } });
    expect(host.fire('colorScheme.changed', 'light')).toBe(false);
    expect(sent).toEqual([
      { key: 'zaf.app.activated', message: { firstLoad: true } },
      { key: 'zaf.colorScheme.changed', message: 'dark' },
    ]);
    expect(changes.at(-1)).toEqual(['app.activated']);
  });

  it('echoes triggers back, accepts plain objects, and ignores tracking and strangers', () => {
    const { host, sent, fromApp } = hostWith();
    fromApp({ key: 'iframe.trigger:my.event', message: { a: 1 } });
    host.receive({ key: 'iframe.trigger:plain', appGuid: APP_GUID });
    fromApp({ key: '__track__', message: {} });
    fromApp({ key: 'session.live', message: {} });
    host.receive(JSON.stringify({ key: 'iframe.handshake', appGuid: 'someone-else' }));
    host.receive('not json');
    host.receive(42);
    expect(sent).toEqual([{ key: 'zaf.my.event', message: { a: 1 } }, { key: 'zaf.plain' }]);
  });

  it('asks for a reply to ticket.save and reads the verdict', async () => {
    const { host, sent, fromApp } = hostWith();
    expect(await host.askForReply('ticket.save', undefined, 1000)).toEqual({ ok: true, message: null });
    fromApp({ key: 'iframe.on:ticket.save', message: { subscriberCount: 1 } });
    const verdict = host.askForReply('ticket.save', undefined, 1000);
    expect(sent.at(-1)).toEqual({ key: 'zaf.ticket.save', needsReply: true });
    host.receive({ key: 'iframe.reply:ticket.save', appGuid: APP_GUID, error: { msg: 'Finish the call first' } });
    expect(await verdict).toEqual({ ok: false, message: 'Finish the call first' });
  });
});
