import { describe, expect, it } from 'vitest';
import { storedCall, voiceComment } from '../test/callFixtures';
import { fakeTransport, json } from '../test/fakeTransport';
import type { FakeTransport } from '../test/fakeTransport';
import { LOOK_AGAIN_AFTER_MS, createCallOnce, findCreatedCall, watchForCreatedCall } from './recovery';

const ID = 'c5b9d6a2-0000-4000-8000-000000000001';
const generated = { externalId: ID, generated: true };

const sent = {
  app_id: 1003048,
  direction: 'inbound' as const,
  from_line: '+14155550123',
  to_line: '+14155550100',
  call_started_at: '2024-01-17T19:30:00+01:00',
  external_id: ID,
};

/** A ticket whose voice comments name `calls`; `later` turn up on the ticket from the `after`-th look on. */
function ticketWith(calls: ReturnType<typeof storedCall>[], later: ReturnType<typeof storedCall>[] = [], after = 0) {
  const fake = fakeTransport();
  let looks = 0;
  fake.on('GET', /^\/api\/v2\/tickets\/42\/comments/, () => {
    looks += 1;
    const shown = looks > after ? [...calls, ...later] : calls;
    return json(200, {
      comments: shown.map((call, index) => voiceComment(index + 1, call.id)),
      meta: { has_more: false },
    });
  });
  for (const call of [...calls, ...later]) fake.on('GET', `/api/v2/calls/${call.id}`, json(200, { call }));
  return fake;
}

const posts = (fake: FakeTransport) => fake.requests.filter((request) => request.method === 'POST');

/** Sleeps that take no time but move a clock, and are recorded. */
function fakeClock() {
  let now = 0;
  const slept: number[] = [];
  return {
    slept,
    at: () => now,
    options: {
      now: () => now,
      sleep: (ms: number) => {
        slept.push(ms);
        now += ms;
        return Promise.resolve();
      },
    },
  };
}

describe('findCreatedCall', () => {
  it('finds the call by the external_id the draft gave it, whatever else the ticket holds', async () => {
    const stored = storedCall({ id: 9, external_id: ID, call_started_at: '2024-01-17T18:31:00Z' });
    const fake = ticketWith([storedCall({ id: 8, call_started_at: '2024-01-17T18:30:00Z' }), stored]);
    expect(await findCreatedCall(fake.transport, 42, sent, generated)).toEqual(stored);
  });

  it('finds nothing when no call has that external_id, even one with the same lines and start', async () => {
    const fake = ticketWith([storedCall({ id: 8, call_started_at: '2024-01-17T18:30:00Z', external_id: 'other' })]);
    expect(await findCreatedCall(fake.transport, 42, sent, generated)).toBeNull();
  });

  it('answers the first stored of two calls with one external_id', async () => {
    const fake = ticketWith([storedCall({ id: 12, external_id: ID }), storedCall({ id: 11, external_id: ID })]);
    expect((await findCreatedCall(fake.transport, 42, sent, generated))?.id).toBe(11);
  });

  it('with an id the agent typed, also needs the direction and start to match', async () => {
    const typed = { externalId: 'CRM-1', generated: false };
    const mine = { ...sent, external_id: 'CRM-1' };
    const older = storedCall({ id: 8, external_id: 'CRM-1', call_started_at: '2024-01-10T09:00:00Z' });
    expect(await findCreatedCall(ticketWith([older]).transport, 42, mine, typed)).toBeNull();
    const same = storedCall({ id: 9, external_id: 'CRM-1', call_started_at: '2024-01-17T18:30:00Z' });
    expect(await findCreatedCall(ticketWith([older, same]).transport, 42, mine, typed)).toEqual(same);
  });
});

describe('watchForCreatedCall', () => {
  it('looks at 3, 8, 15, 30 and 45 s after the failure, then gives up', async () => {
    const clock = fakeClock();
    const fake = ticketWith([]);
    expect(await watchForCreatedCall(fake.transport, 42, sent, generated, { since: 0, ...clock.options })).toBeNull();
    expect(LOOK_AGAIN_AFTER_MS).toEqual([3_000, 8_000, 15_000, 30_000, 45_000]);
    expect(clock.slept).toEqual([3_000, 5_000, 7_000, 15_000, 15_000]);
  });

  it('stops at the look that finds the call', async () => {
    const clock = fakeClock();
    const late = storedCall({ id: 9, external_id: ID });
    const fake = ticketWith([], [late], 2);
    expect(await watchForCreatedCall(fake.transport, 42, sent, generated, { since: 0, ...clock.options })).toEqual(
      late,
    );
    expect(clock.at()).toBe(15_000);
  });

  it('takes a failing look as one that found nothing', async () => {
    const clock = fakeClock();
    const late = storedCall({ id: 9, external_id: ID });
    const fake = fakeTransport();
    fake.on('GET', /^\/api\/v2\/tickets\/42\/comments/, new Error('offline'), 1);
    fake.on('GET', /^\/api\/v2\/tickets\/42\/comments/, json(200, { comments: [voiceComment(1, 9)] }));
    fake.on('GET', '/api/v2/calls/9', json(200, { call: late }));
    expect(await watchForCreatedCall(fake.transport, 42, sent, generated, { since: 0, ...clock.options })).toEqual(
      late,
    );
    expect(clock.at()).toBe(8_000);
  });

  it('stops when the form goes away', async () => {
    const controller = new AbortController();
    controller.abort();
    const fake = ticketWith([]);
    const found = await watchForCreatedCall(fake.transport, 42, sent, generated, {
      since: 0,
      signal: controller.signal,
      sleep: () => Promise.resolve(),
    });
    expect(found).toBeNull();
    expect(fake.requests).toHaveLength(0);
  });
});

describe('createCallOnce', () => {
  const input = { call: { ...sent, ticket_id: 42 }, comment: { title: 'Inbound call' } };

  it('answers the created call', async () => {
    const fake = fakeTransport();
    fake.on('POST', '/api/v2/calls', json(201, { call: storedCall({ id: 9, external_id: ID }) }));
    expect(await createCallOnce(fake.transport, input, generated)).toMatchObject({
      call: { id: 9 },
      recovered: false,
    });
  });

  it('finds the call Zendesk stored before the connection dropped, at once, without creating it again', async () => {
    const stored = storedCall({ id: 9, external_id: ID, ticket_id: 42 });
    const fake = ticketWith([stored]);
    fake.on('POST', '/api/v2/calls', new Error('connection reset'), 1);
    const clock = fakeClock();
    expect(await createCallOnce(fake.transport, input, generated, clock.options)).toEqual({
      call: stored,
      notKept: [],
      recovered: true,
    });
    expect(posts(fake)).toHaveLength(1);
    expect(clock.slept).toEqual([]);
  });

  it('after a timeout, keeps looking while Zendesk finishes the create, and says it is checking', async () => {
    const late = storedCall({ id: 9, external_id: ID, ticket_id: 42 });
    const fake = ticketWith([], [late], 1);
    fake.on('POST', '/api/v2/calls', new Error('Zendesk did not answer within 30 seconds'), 1);
    const clock = fakeClock();
    let checking = 0;
    const created = await createCallOnce(fake.transport, input, generated, {
      ...clock.options,
      onChecking: () => (checking += 1),
    });
    expect(created).toMatchObject({ call: { id: 9 }, recovered: true });
    expect(checking).toBe(1);
    expect(clock.at()).toBe(3_000);
    expect(posts(fake)).toHaveLength(1);
  });

  it('names the fields Zendesk answered without, also for a call found after a lost answer', async () => {
    const withSummary = { ...input, call: { ...input.call, summary: 'Asked for a refund', duration: 60 } };
    // As a strict account answers: no summary key at all.
    const answered: Partial<ReturnType<typeof storedCall>> = storedCall({
      id: 9,
      ticket_id: 42,
      duration: 60,
      external_id: ID,
    });
    delete answered.summary;
    const fake = fakeTransport();
    fake.on('POST', '/api/v2/calls', json(201, { call: answered }));
    expect(await createCallOnce(fake.transport, withSummary, generated)).toMatchObject({
      notKept: ['summary'],
      recovered: false,
    });

    const lost = ticketWith([storedCall({ id: 9, ticket_id: 42, external_id: ID })]);
    lost.on('POST', '/api/v2/calls', new Error('connection reset'), 1);
    expect(await createCallOnce(lost.transport, withSummary, generated)).toMatchObject({
      notKept: ['duration', 'summary'],
      recovered: true,
    });
  });

  it('reports the failure when the call never turns up on the ticket', async () => {
    const fake = ticketWith([]);
    fake.on('POST', '/api/v2/calls', json(503, 'Service Unavailable'));
    const clock = fakeClock();
    await expect(createCallOnce(fake.transport, input, generated, clock.options)).rejects.toMatchObject({
      problem: { kind: 'server', status: 503 },
    });
    expect(clock.at()).toBe(45_000);
  });

  it('after a 503 that names its wait, looks once and leaves the wait to the form', async () => {
    const fake = ticketWith([]);
    fake.on('POST', '/api/v2/calls', json(503, null, { 'retry-after': '20' }));
    const clock = fakeClock();
    await expect(createCallOnce(fake.transport, input, generated, clock.options)).rejects.toMatchObject({
      problem: { kind: 'server', retryAfterSeconds: 20 },
    });
    expect(clock.slept).toEqual([]);
  });

  it('does not look for the call after a clear refusal', async () => {
    const fake = fakeTransport();
    fake.on('POST', '/api/v2/calls', json(422, { error: 'RecordInvalid', details: {} }));
    await expect(createCallOnce(fake.transport, input, generated)).rejects.toMatchObject({
      problem: { kind: 'invalid' },
    });
    expect(fake.requests).toHaveLength(1);
  });
});
