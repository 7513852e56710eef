import { afterEach, describe, expect, it } from 'vitest';
import type { HostView, SandboxChange } from '../shared/types.ts';
import { postJson, startTestServer, type TestServer } from './httpTestSupport.ts';
import { SEED } from './seed.ts';
import { validCall } from './testSupport.ts';

let server: TestServer | null = null;
const started = async () => (server = await startTestServer());

afterEach(async () => {
  await server?.close();
  server = null;
});

describe('/__sandbox/settings', () => {
  it('shows manifest defaults overlaid by saved values, without secure parameters', async () => {
    const { url } = await started();
    const saved = await postJson(
      `${url}/__sandbox/settings`,
      { appId: 0, settings: { company_line: '+18005550199', show_more: true, api_token: 'secret' } },
      'PUT',
    );
    expect(saved.status).toBe(200);
    expect(await saved.json()).toMatchObject({
      appId: 0,
      metadataSettings: { title: 'Test App', company_line: '+18005550199', default_country: 'US', show_more: true },
    });
    const view = (await (await fetch(`${url}/__sandbox/view`)).json()) as HostView;
    expect(view.settings).not.toHaveProperty('api_token');
    expect(view.appId).toBe(0);
  });

  it('puts a setting back to its default when it is set to null', async () => {
    const { url } = await started();
    await postJson(`${url}/__sandbox/settings`, { settings: { default_country: 'DE' } }, 'PUT');
    const reverted = await postJson(`${url}/__sandbox/settings`, { settings: { default_country: null } }, 'PUT');
    expect(await reverted.json()).toMatchObject({ saved: {}, metadataSettings: { default_country: 'US' } });
  });

  it.each([
    [{ settings: { colour: 'red' } }, 'settings.colour: the manifest declares no such parameter'],
    [{ settings: { show_more: 'yes' } }, 'settings.show_more: must be a boolean'],
    [{ appId: -1 }, 'appId'],
    [{ appId: 1.5 }, 'appId'],
    [{ app_id: 3 }, 'app_id'],
    ['not json', 'body: not valid JSON'],
  ])('refuses %j with a 400 that says why', async (body, why) => {
    const { url } = await started();
    const answer = await fetch(`${url}/__sandbox/settings`, {
      method: 'PUT',
      body: typeof body === 'string' ? body : JSON.stringify(body),
    });
    expect(answer.status).toBe(400);
    expect(JSON.stringify(await answer.json())).toContain(why);
  });
});

describe('strict mode through /__sandbox/settings', () => {
  it('is off by default, is switched on and kept in the state, and leaves the app settings alone', async () => {
    const { url } = await started();
    const before = (await (await fetch(`${url}/__sandbox/settings`)).json()) as { strict: boolean };
    expect(before.strict).toBe(false);
    await postJson(`${url}/__sandbox/settings`, { settings: { default_country: 'DE' } }, 'PUT');
    const switched = await postJson(`${url}/__sandbox/settings`, { strict: true }, 'PUT');
    expect(await switched.json()).toMatchObject({ strict: true, saved: { default_country: 'DE' } });
    const state = (await (await fetch(`${url}/__sandbox/state`)).json()) as { state: { api: unknown } };
    expect(state.state.api).toEqual({ strict: true });
    const created = await postJson(`${url}/api/v2/calls`, { call: validCall({ summary: 'dropped' }) });
    expect(created.status).toBe(201);
    expect(created.headers.get('x-zendesk-api-warn')).toBe('Removed restricted keys ["summary"]');
  });

  it('refuses a strict value that is not a boolean', async () => {
    const { url } = await started();
    const answer = await postJson(`${url}/__sandbox/settings`, { strict: 'yes' }, 'PUT');
    expect(answer.status).toBe(400);
  });
});

describe('/__sandbox/view', () => {
  it('gives the host page a ticket with its comments, calls and people', async () => {
    const { url } = await started();
    const view = (await (await fetch(`${url}/__sandbox/view?ticket=${SEED.tickets.twoCalls}`)).json()) as HostView;
    expect(view.ticket?.subject).toBe('Refund for order #48213');
    expect(view.brand?.name).toBe('Sandbox Support');
    expect(view.comments.filter((comment) => comment.type === 'TpeVoiceComment')).toHaveLength(2);
    expect(Object.keys(view.calls).sort()).toEqual([
      String(SEED.calls.refundInbound),
      String(SEED.calls.refundOutbound),
    ]);
    expect(view.tickets.map((ticket) => ticket.id)).toEqual([
      101, 102, 103, 104, 105, 106, 107, 108, 109, 120, 901, 905, 930,
    ]);
  });

  it('answers a null ticket for an id that does not exist, and stays out of the request log', async () => {
    const { url } = await started();
    const view = (await (await fetch(`${url}/__sandbox/view?ticket=999`)).json()) as HostView;
    expect(view.ticket).toBeNull();
    expect(await (await fetch(`${url}/__sandbox/requests`)).json()).toEqual({ requests: [] });
  });
});

describe('/__sandbox/events', () => {
  it('streams a change event when the API changes the state', async () => {
    const { url } = await started();
    const controller = new AbortController();
    const stream = await fetch(`${url}/__sandbox/events`, { signal: controller.signal });
    expect(stream.headers.get('content-type')).toContain('text/event-stream');
    const reader = stream.body?.getReader();
    if (!reader) throw new Error('no stream');
    await postJson(`${url}/api/v2/calls`, { call: validCall({ ticket_id: 101 }), comment: {} });
    let received = '';
    while (!received.includes('event: change')) {
      const chunk = await reader.read();
      if (chunk.done) break;
      received += new TextDecoder().decode(chunk.value as Uint8Array);
    }
    controller.abort();
    const data = /data: (.*)\n/.exec(received)?.[1] ?? '{}';
    expect(JSON.parse(data) as SandboxChange).toEqual({ reason: 'api', ticketIds: [101] });
  });
});

describe('the control API itself', () => {
  it('answers 404 with the list of endpoints, and 405 for a wrong method', async () => {
    const { url } = await started();
    const unknown = await fetch(`${url}/__sandbox/nothing`);
    expect(unknown.status).toBe(404);
    expect(JSON.stringify(await unknown.json())).toContain('POST /__sandbox/reset');
    expect((await fetch(`${url}/__sandbox/reset`)).status).toBe(405);
  });

  it('shows the whole state', async () => {
    const { url } = await started();
    const everything = (await (await fetch(`${url}/__sandbox/state`)).json()) as {
      state: { tickets: unknown[] };
      faults: unknown[];
    };
    expect(everything.state.tickets).toHaveLength(13);
    expect(everything.faults).toEqual([]);
  });
});

describe('/__sandbox/calls', () => {
  it('creates a live call started N seconds ago, with its voice comment on the ticket', async () => {
    const { url } = await started();
    const before = Date.now();
    const answer = await postJson(`${url}/__sandbox/calls`, { ticketId: SEED.tickets.noCalls, startedSecondsAgo: 90 });
    expect(answer.status).toBe(201);
    const { call } = (await answer.json()) as { call: Record<string, unknown> };
    expect(call).toMatchObject({ ticket_id: SEED.tickets.noCalls, call_ended_at: null, completion_status: null });
    const startedAgo = (before - Date.parse(String(call.call_started_at))) / 1000;
    expect(startedAgo).toBeGreaterThanOrEqual(89);
    expect(startedAgo).toBeLessThan(100);
    const comments = (await (await fetch(`${url}/api/v2/tickets/${SEED.tickets.noCalls}/comments`)).json()) as {
      comments: { type: string; data?: { call_id?: number } }[];
    };
    expect(comments.comments.filter((comment) => comment.data?.call_id === call.id)).toHaveLength(1);
  });

  it('refuses a ticket that does not exist', async () => {
    const { url } = await started();
    const answer = await postJson(`${url}/__sandbox/calls`, { ticketId: 999999 });
    expect(answer.status).toBe(400);
  });
});
