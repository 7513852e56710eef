import { describe, expect, it } from 'vitest';
import { storedCall } from '../../test/callFixtures';
import { fakeTransport, json } from '../../test/fakeTransport';
import { logTopBarCall } from './logTopBarCall';
import type { LogAttempt } from './logTopBarCall';
import type { TopBarCall } from './topBarCall';

const EXTERNAL_ID = 'b3b1f2de-0000-4000-8000-000000000001';
const call: Omit<TopBarCall, 'callerId'> = {
  appId: 1003048,
  agentId: 501,
  callerPhone: '+14155550150',
  companyLine: '+18005550199',
  direction: 'inbound',
  target: { kind: 'new', subject: 'Call from +14155550150' },
  title: 'Inbound call from +14155550150',
  commentFields: ['direction'],
  externalId: EXTERNAL_ID,
  startedAt: '2026-12-02T14:00:00Z',
};
const lost = () => new Error('connection reset');

describe('logTopBarCall', () => {
  it('a new caller: creates the user, then the call for them; a retry keeps that user', async () => {
    const api = fakeTransport();
    api.on('POST', '/api/v2/users', json(201, { user: { id: 900, name: 'Caller: +14155550150' } }), 1);
    api.on('POST', '/api/v2/calls', json(422, { error: 'RecordInvalid', details: {} }), 1);
    api.on('POST', '/api/v2/calls', json(201, { call: storedCall({ id: 77, ticket_id: 110, end_user_id: 900 }) }), 1);
    const attempt: LogAttempt = { createdCallerId: null, sentTo: null };
    const caller = { kind: 'new', name: ' Caller: +14155550150 ' } as const;

    await expect(logTopBarCall(api.transport, caller, call, attempt)).rejects.toThrow();
    const logged = await logTopBarCall(api.transport, caller, call, attempt);

    expect(logged).toMatchObject({ ticketId: 110, recovered: false });
    expect(api.requests.map((request) => `${request.method} ${request.url}`)).toEqual([
      'POST /api/v2/users',
      'POST /api/v2/calls',
      'POST /api/v2/calls',
    ]);
    expect(api.requests[0]?.body).toEqual({ user: { name: 'Caller: +14155550150', phone: '+14155550150' } });
    expect(api.requests[2]?.body).toMatchObject({ call: { end_user_id: 900 }, comment: { end_user_id: 900 } });
  });

  it('a lost answer on a new ticket: finds the call by external_id on the caller’s newest ticket', async () => {
    const api = fakeTransport();
    api.on('POST', '/api/v2/calls', lost(), 1);
    api.on('GET', /^\/api\/v2\/users\/301\/tickets\/requested/, json(200, { tickets: [{ id: 110 }, { id: 106 }] }));
    api.on(
      'GET',
      /^\/api\/v2\/tickets\/110\/comments/,
      json(200, {
        comments: [
          { id: 1, type: 'TpeVoiceComment', data: { call_id: 70 } },
          { id: 2, type: 'TpeVoiceComment', data: { call_id: 71 } },
        ],
      }),
    );
    api.on(
      'GET',
      '/api/v2/calls/71',
      json(200, { call: storedCall({ id: 71, ticket_id: 110, external_id: EXTERNAL_ID }) }),
    );

    const logged = await logTopBarCall(api.transport, { kind: 'known', id: 301 }, call, {
      createdCallerId: null,
      sentTo: null,
    });

    expect(logged).toMatchObject({ ticketId: 110, recovered: true, call: { id: 71 } });
    expect(api.requests.filter((request) => request.method === 'POST')).toHaveLength(1);
  });

  it('a lost answer on an existing ticket looks on that ticket; not found, the failure stands', async () => {
    const api = fakeTransport();
    api.on('POST', '/api/v2/calls', json(503, ''), 1);
    api.on('GET', /^\/api\/v2\/tickets\/106\/comments/, json(200, { comments: [] }));
    const onTicket = { ...call, target: { kind: 'existing', ticketId: 106 } } as const;

    await expect(
      logTopBarCall(api.transport, { kind: 'known', id: 301 }, onTicket, { createdCallerId: null, sentTo: null }),
    ).rejects.toMatchObject({ problem: { kind: 'server', status: 503 } });
    expect(api.requests.map((request) => request.url)).toEqual([
      '/api/v2/calls',
      '/api/v2/tickets/106/comments?page%5Bsize%5D=100',
    ]);
  });

  it('a lost answer on the user create finds the user just made instead of making another', async () => {
    const api = fakeTransport();
    api.on('POST', '/api/v2/users', lost(), 1);
    api.on(
      'GET',
      /^\/api\/v2\/users\/search/,
      json(200, { users: [{ id: 901, name: 'Caller: +14155550150', phone: '+14155550150' }] }),
    );
    api.on('POST', '/api/v2/calls', json(201, { call: storedCall({ id: 78, ticket_id: 111 }) }), 1);
    const attempt: LogAttempt = { createdCallerId: null, sentTo: null };
    await logTopBarCall(api.transport, { kind: 'new', name: 'Caller: +14155550150' }, call, attempt);
    expect(attempt.createdCallerId).toBe(901);
    expect(api.requests.filter((request) => request.url === '/api/v2/users')).toHaveLength(1);
  });

  it('a resend after a lost answer that was not found yet looks once more first, and finds it there', async () => {
    const api = fakeTransport();
    api.on('POST', '/api/v2/calls', lost(), 1);
    api.on('GET', /^\/api\/v2\/tickets\/106\/comments/, json(200, { comments: [] }), 1);
    api.on(
      'GET',
      /^\/api\/v2\/tickets\/106\/comments/,
      json(200, { comments: [{ id: 1, type: 'TpeVoiceComment', data: { call_id: 72 } }] }),
    );
    api.on(
      'GET',
      '/api/v2/calls/72',
      json(200, { call: storedCall({ id: 72, ticket_id: 106, external_id: EXTERNAL_ID }) }),
    );
    const onTicket = { ...call, target: { kind: 'existing', ticketId: 106 } } as const;
    const attempt: LogAttempt = { createdCallerId: null, sentTo: null };

    await expect(logTopBarCall(api.transport, { kind: 'known', id: 301 }, onTicket, attempt)).rejects.toMatchObject({
      problem: { kind: 'network' },
    });
    expect(attempt.sentTo).toEqual({ ticketId: 106 });
    const logged = await logTopBarCall(api.transport, { kind: 'known', id: 301 }, onTicket, attempt);

    expect(logged).toMatchObject({ ticketId: 106, recovered: true, call: { id: 72 } });
    expect(api.requests.filter((request) => request.method === 'POST')).toHaveLength(1);
  });

  it('after a reload, a kept attempt whose create was sent is looked for before anything is sent', async () => {
    const api = fakeTransport();
    api.on('GET', /^\/api\/v2\/users\/900\/tickets\/requested/, json(200, { tickets: [{ id: 112 }] }));
    api.on(
      'GET',
      /^\/api\/v2\/tickets\/112\/comments/,
      json(200, { comments: [{ id: 1, type: 'TpeVoiceComment', data: { call_id: 73 } }] }),
    );
    api.on(
      'GET',
      '/api/v2/calls/73',
      json(200, { call: storedCall({ id: 73, ticket_id: 112, external_id: EXTERNAL_ID }) }),
    );
    const kept: LogAttempt = { createdCallerId: 900, sentTo: { requesterId: 900 } };
    const saved: LogAttempt[] = [];

    const logged = await logTopBarCall(api.transport, { kind: 'new', name: 'Caller' }, call, kept, (attempt) => {
      saved.push({ ...attempt });
    });

    expect(logged).toMatchObject({ ticketId: 112, recovered: true });
    expect(api.requests.filter((request) => request.method === 'POST')).toEqual([]);
    expect(saved).toEqual([]);
  });

  it('keeps the attempt before each request it guards, and forgets the sent create once Zendesk refused it', async () => {
    const api = fakeTransport();
    api.on('POST', '/api/v2/users', json(201, { user: { id: 900, name: 'Caller' } }), 1);
    api.on('POST', '/api/v2/calls', json(422, { error: 'RecordInvalid', details: {} }), 1);
    const saved: (LogAttempt & { requestsSoFar: number })[] = [];
    const attempt: LogAttempt = { createdCallerId: null, sentTo: null };

    await expect(
      logTopBarCall(api.transport, { kind: 'new', name: 'Caller' }, call, attempt, (kept) => {
        saved.push({ ...kept, requestsSoFar: api.requests.length });
      }),
    ).rejects.toMatchObject({ problem: { kind: 'invalid' } });

    expect(saved).toEqual([
      { createdCallerId: 900, sentTo: null, requestsSoFar: 1 },
      { createdCallerId: 900, sentTo: { requesterId: 900 }, requestsSoFar: 1 },
      { createdCallerId: 900, sentTo: null, requestsSoFar: 2 },
    ]);
  });

  it('a retry on another ticket first looks where the lost create went', async () => {
    const api = fakeTransport();
    api.on('GET', /^\/api\/v2\/users\/301\/tickets\/requested/, json(200, { tickets: [{ id: 113 }] }));
    api.on(
      'GET',
      /^\/api\/v2\/tickets\/113\/comments/,
      json(200, { comments: [{ id: 1, type: 'TpeVoiceComment', data: { call_id: 74 } }] }),
    );
    api.on(
      'GET',
      '/api/v2/calls/74',
      json(200, { call: storedCall({ id: 74, ticket_id: 113, external_id: EXTERNAL_ID }) }),
    );
    const onTicket = { ...call, target: { kind: 'existing', ticketId: 106 } } as const;
    const attempt: LogAttempt = { createdCallerId: null, sentTo: { requesterId: 301 } };

    const logged = await logTopBarCall(api.transport, { kind: 'known', id: 301 }, onTicket, attempt);

    expect(logged).toMatchObject({ ticketId: 113, recovered: true });
    expect(api.requests.some((request) => request.url.startsWith('/api/v2/tickets/106'))).toBe(false);
    expect(api.requests.filter((request) => request.method === 'POST')).toEqual([]);
  });

  it('names the fields sent that the stored call lacks, and none when Zendesk kept them all', async () => {
    const echo = (drop: string[]) => (request: { body?: unknown }) => {
      const sent = (request.body as { call: Record<string, unknown> }).call;
      const kept = Object.fromEntries(Object.entries(sent).filter(([name]) => !drop.includes(name)));
      return json(201, { call: storedCall({ ...kept, id: 79, ticket_id: 114 }) });
    };
    const api = fakeTransport();
    api.on('POST', '/api/v2/calls', echo([]), 1);
    api.on('POST', '/api/v2/calls', echo(['external_id', 'agent_id']), 1);
    const known = { kind: 'known', id: 301 } as const;

    const kept = await logTopBarCall(api.transport, known, call, { createdCallerId: null, sentTo: null });
    const dropped = await logTopBarCall(api.transport, known, call, { createdCallerId: null, sentTo: null });

    expect(kept).toMatchObject({ ticketId: 114, notKept: [] });
    expect(kept.sent).toEqual(expect.arrayContaining(['external_id', 'agent_id', 'end_user_id', 'from_line']));
    expect(dropped.notKept.sort()).toEqual(['agent_id', 'external_id']);
  });
});
