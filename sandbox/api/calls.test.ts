import { describe, expect, it } from 'vitest';
import { CALL_FIELD_NAMES } from './callFields.ts';
import { ticketComments } from './comments.ts';
import { SEED } from './seed.ts';
import { TestClock, call, createTestStore, validCall } from './testSupport.ts';

function callOf(body: Record<string, unknown>): Record<string, unknown> {
  const record = body.call;
  if (typeof record !== 'object' || record === null) throw new Error('no call in the body');
  return record as Record<string, unknown>;
}

describe('POST /api/v2/calls', () => {
  it('stores only the record when there is no comment', () => {
    const store = createTestStore();
    const commentsBefore = store.state.comments.length;
    const ticketsBefore = store.state.tickets.length;
    const created = call(store, 'POST', '/api/v2/calls', { call: validCall() });
    expect(created.status).toBe(201);
    const record = callOf(created.json());
    expect(record.ticket_id).toBeNull();
    expect(store.state.comments).toHaveLength(commentsBefore);
    expect(store.state.tickets).toHaveLength(ticketsBefore);
  });

  it('answers every field, server-set ones filled and unset ones null', () => {
    const store = createTestStore();
    const record = callOf(
      call(store, 'POST', '/api/v2/calls.json', {
        call: validCall({ call_started_at: '2025-02-03T11:00:00+01:00' }),
      }).json(),
    );
    for (const name of CALL_FIELD_NAMES) expect(record).toHaveProperty(name);
    expect(record).toMatchObject({
      id: SEED.nextId,
      account_id: SEED.accountId,
      app_id: 1003048,
      call_started_at: '2025-02-03T10:00:00Z',
      created_at: '2025-02-03T10:00:00Z',
      updated_at: '2025-02-03T10:00:00Z',
      duration: null,
      completion_status: null,
      call_recording_consent: null,
      call_connected_at: null,
    });
    expect(Number(record.id)).toBeLessThan(Number.MAX_SAFE_INTEGER);
  });

  it('adds a voice comment to the named ticket', () => {
    const store = createTestStore();
    const body = {
      call: validCall({
        ticket_id: SEED.tickets.noCalls,
        direction: 'outbound',
        duration: 75,
        recording_url: 'https://rec.example/1.mp3',
      }),
      comment: { title: 'Called back', call_fields: ['direction', 'duration', 'not_a_field'] },
    };
    const record = callOf(
      call(store, 'POST', '/api/v2/calls', body, { 'x-sandbox-agent-id': String(SEED.agents.german) }).json(),
    );
    expect(record.ticket_id).toBe(SEED.tickets.noCalls);
    const voice = ticketComments(store.state.comments, SEED.tickets.noCalls).at(-1);
    expect(voice).toMatchObject({
      type: 'TpeVoiceComment',
      public: false,
      author_id: SEED.agents.german,
      body: 'Called back\n\nSummary\nDirection: outbound\nDuration: 75',
      data: {
        app_id: 1003048,
        app_name: 'Test App',
        author_id: null,
        call_id: record.id,
        direction: 'outbound',
        external_id: null,
        title: 'Called back',
        via_id: 46,
        recording_url: 'https://rec.example/1.mp3',
      },
    });
    expect(voice?.html_body).toContain('<p dir="auto">Summary<br>Direction: outbound<br>Duration: 75</p>');
  });

  it('uses via_id 45 for an inbound call and the comment author_id when sent', () => {
    const store = createTestStore();
    const body = { call: validCall({ ticket_id: SEED.tickets.noCalls }), comment: { author_id: SEED.agents.spanish } };
    call(store, 'POST', '/api/v2/calls', body);
    const voice = ticketComments(store.state.comments, SEED.tickets.noCalls).at(-1);
    expect(voice?.data).toMatchObject({ via_id: 45, author_id: SEED.agents.spanish, title: 'Inbound call' });
    expect(voice?.author_id).toBe(SEED.agents.spanish);
  });

  it('creates a new ticket when a comment comes without ticket_id', () => {
    const store = createTestStore();
    const body = {
      call: validCall(),
      comment: { subject: 'Caller asks about invoices', end_user_id: SEED.endUsers.sam, title: 'New call' },
    };
    const record = callOf(call(store, 'POST', '/api/v2/calls', body).json());
    expect(record.ticket_id).toBe(SEED.nextTicketId);
    expect(store.ticket(SEED.nextTicketId)).toMatchObject({
      subject: 'Caller asks about invoices',
      requester_id: SEED.endUsers.sam,
      via_channel: 'voice',
    });
    expect(ticketComments(store.state.comments, SEED.nextTicketId)).toHaveLength(1);
  });

  it('finds the new ticket requester by phone, or creates one', () => {
    const store = createTestStore();
    const known = callOf(
      call(store, 'POST', '/api/v2/calls', { call: validCall({ from_line: '+447911123456' }), comment: {} }).json(),
    );
    expect(store.ticket(Number(known.ticket_id))?.requester_id).toBe(SEED.endUsers.sam);
    const usersBefore = store.state.users.length;
    const unknown = callOf(
      call(store, 'POST', '/api/v2/calls', { call: validCall({ from_line: '+15550001111' }), comment: {} }).json(),
    );
    expect(store.state.users).toHaveLength(usersBefore + 1);
    expect(store.ticket(Number(unknown.ticket_id))).toMatchObject({ subject: 'Call from +15550001111' });
  });

  it('answers 422 with details and stores nothing', () => {
    const store = createTestStore();
    const callsBefore = store.state.calls.length;
    const result = call(store, 'POST', '/api/v2/calls', {
      call: { direction: 'inbound' },
      comment: { call_fields: 'direction' },
    });
    expect(result.status).toBe(422);
    expect(result.json()).toMatchObject({
      error: 'RecordInvalid',
      description: 'Record validation errors',
      details: {
        app_id: [{ description: 'App id cannot be blank', error: 'BlankValue' }],
        call_fields: [{ error: 'InvalidValue' }],
      },
    });
    expect(store.state.calls).toHaveLength(callsBefore);
  });

  it('answers 422 on ticket_id for a ticket that does not exist', () => {
    const result = call(createTestStore(), 'POST', '/api/v2/calls', { call: validCall({ ticket_id: 99999 }) });
    expect(result.status).toBe(422);
    expect(Object.keys(result.json().details as object)).toEqual(['ticket_id']);
  });

  it.each([
    ['a body that is not JSON', '{"call": '],
    ['an empty body', ''],
    ['a body without the call wrapper', { app_id: 1 }],
    ['a call that is not an object', { call: 'x' }],
  ])('answers 400 for %s', (_why, body) => {
    expect(call(createTestStore(), 'POST', '/api/v2/calls', body).status).toBe(400);
  });
});

describe('GET and PATCH /api/v2/calls/{id}', () => {
  it('reads a seeded record with or without .json', () => {
    const store = createTestStore();
    const plain = call(store, 'GET', `/api/v2/calls/${SEED.calls.withoutComment}`);
    const suffixed = call(store, 'GET', `/api/v2/calls/${SEED.calls.withoutComment}.json`);
    expect(plain.status).toBe(200);
    expect(suffixed.json()).toEqual(plain.json());
  });

  it('answers 404 RecordNotFound for an unknown id, on GET, PATCH and comments', () => {
    const store = createTestStore();
    const notFound = { error: 'RecordNotFound', description: 'Not found' };
    expect(call(store, 'GET', '/api/v2/calls/123').json()).toEqual(notFound);
    expect(call(store, 'PATCH', '/api/v2/calls/123', { call: { duration: 1 } }).status).toBe(404);
    expect(call(store, 'POST', '/api/v2/calls/123/comments', { title: 'x' }).status).toBe(404);
  });

  it('changes only the fields sent and answers the whole record', () => {
    const clock = new TestClock();
    const store = createTestStore(clock);
    clock.advance(90);
    const result = call(store, 'PATCH', `/api/v2/calls/${SEED.calls.inProgress}`, {
      call: { call_ended_at: '2024-06-10T16:10:00+02:00', completion_status: 'completed', app_id: 7, id: 1 },
    });
    expect(result.status).toBe(200);
    expect(callOf(result.json())).toMatchObject({
      id: SEED.calls.inProgress,
      app_id: SEED.appId,
      from_line: '+447911123456',
      call_started_at: '2024-06-10T14:02:00Z',
      call_ended_at: '2024-06-10T14:10:00Z',
      completion_status: 'completed',
      created_at: '2024-06-10T14:02:01Z',
      updated_at: '2025-02-03T10:01:30Z',
    });
  });

  it('answers 422 for a bad value and keeps the record', () => {
    const store = createTestStore();
    const result = call(store, 'PATCH', `/api/v2/calls/${SEED.calls.inProgress}`, {
      call: { duration: -3, direction: '' },
    });
    expect(result.status).toBe(422);
    expect(Object.keys(result.json().details as object).sort()).toEqual(['direction', 'duration']);
    expect(store.call(SEED.calls.inProgress)?.direction).toBe('inbound');
  });
});

describe('POST /api/v2/calls/{id}/comments', () => {
  it('takes the comment fields unwrapped and answers the bare comment', () => {
    const store = createTestStore();
    const result = call(store, 'POST', `/api/v2/calls/${SEED.calls.inProgress}/comments`, {
      title: 'Call finished',
      call_fields: ['from_line', 'completion_status'],
    });
    expect(result.status).toBe(201);
    expect(result.json()).toMatchObject({
      type: 'TpeVoiceComment',
      public: false,
      body: 'Call finished\n\nSummary\nFrom line: +447911123456\nCompletion status: -',
      data: { call_id: SEED.calls.inProgress, via_id: 45, title: 'Call finished' },
    });
    expect(Object.keys(result.json())).toEqual([
      'id',
      'type',
      'public',
      'author_id',
      'body',
      'html_body',
      'created_at',
      'audit_id',
      'attachments',
      'title',
      'formatted_from',
      'formatted_to',
      'transcription_visible',
      'trusted',
      'data',
    ]);
    expect(result.json()).toMatchObject({
      author_id: SEED.agents.english,
      title: 'Call finished',
      formatted_from: '+447911123456',
      attachments: [],
      transcription_visible: false,
      trusted: true,
    });
    expect(result.response.headers).not.toHaveProperty('location');
    expect(result.json()).not.toHaveProperty('call_fields');
    expect(result.json()).not.toHaveProperty('ticket_id');
  });

  it('creates and links a ticket for a record that has none', () => {
    const store = createTestStore();
    call(store, 'POST', `/api/v2/calls/${SEED.calls.withoutComment}/comments`, {
      title: 'Missed call',
      subject: 'Missed call',
    });
    expect(store.call(SEED.calls.withoutComment)?.ticket_id).toBe(SEED.nextTicketId);
  });

  it('answers 422 for a display_to_agent who is not an agent', () => {
    const result = call(createTestStore(), 'POST', `/api/v2/calls/${SEED.calls.inProgress}/comments`, {
      display_to_agent: SEED.endUsers.maria,
    });
    expect(result.status).toBe(422);
  });
});
