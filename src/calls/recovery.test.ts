import { describe, expect, it } from 'vitest';
import { storedCall, voiceComment } from '../test/callFixtures';
import { fakeTransport, json } from '../test/fakeTransport';
import { createCallOnce, findCreatedCall } from './recovery';

const sent = {
  app_id: 1003048,
  direction: 'inbound' as const,
  from_line: '+14155550123',
  to_line: '+14155550100',
  call_started_at: '2024-01-17T19:30:00+01:00',
};

function ticketWith(...calls: ReturnType<typeof storedCall>[]) {
  const fake = fakeTransport();
  fake.on(
    'GET',
    /^\/api\/v2\/tickets\/42\/comments/,
    json(200, { comments: calls.map((call, index) => voiceComment(index + 1, call.id)), meta: { has_more: false } }),
  );
  for (const call of calls) fake.on('GET', `/api/v2/calls/${call.id}`, json(200, { call }));
  return fake;
}

describe('findCreatedCall', () => {
  it('finds the call Zendesk stored although the answer was lost', async () => {
    const stored = storedCall({ id: 9, call_started_at: '2024-01-17T18:30:00Z' });
    const fake = ticketWith(storedCall({ id: 8, call_started_at: '2024-01-16T18:30:00Z' }), stored);
    expect(await findCreatedCall(fake.transport, 42, sent)).toEqual(stored);
  });

  it('finds nothing when no stored call matches every sent field', async () => {
    const fake = ticketWith(
      storedCall({ id: 8, call_started_at: '2024-01-17T18:30:01Z' }),
      storedCall({ id: 9, call_started_at: '2024-01-17T18:30:00Z', to_line: '+14155550199' }),
    );
    expect(await findCreatedCall(fake.transport, 42, sent)).toBeNull();
  });
});

describe('createCallOnce', () => {
  const input = { call: { ...sent, ticket_id: 42 }, comment: { title: 'Inbound call' } };

  it('answers the created call', async () => {
    const fake = fakeTransport();
    fake.on('POST', '/api/v2/calls', json(201, { call: storedCall({ id: 9 }) }));
    expect(await createCallOnce(fake.transport, input)).toMatchObject({ call: { id: 9 }, recovered: false });
  });

  it('finds the call Zendesk stored before the connection dropped, without creating it again', async () => {
    const stored = storedCall({ id: 9, call_started_at: '2024-01-17T18:30:00Z', ticket_id: 42 });
    const fake = ticketWith(stored);
    fake.on('POST', '/api/v2/calls', new Error('connection reset'), 1);
    expect(await createCallOnce(fake.transport, input)).toEqual({ call: stored, notKept: [], recovered: true });
    expect(fake.requests.filter((request) => request.method === 'POST')).toHaveLength(1);
  });

  it('names the fields Zendesk answered without, also for a call found after a lost answer', async () => {
    const withSummary = { ...input, call: { ...input.call, summary: 'Asked for a refund', duration: 60 } };
    // As a strict account answers: no summary key at all.
    const answered: Partial<ReturnType<typeof storedCall>> = storedCall({ id: 9, ticket_id: 42, duration: 60 });
    delete answered.summary;
    const fake = fakeTransport();
    fake.on('POST', '/api/v2/calls', json(201, { call: answered }));
    expect(await createCallOnce(fake.transport, withSummary)).toMatchObject({ notKept: ['summary'], recovered: false });

    const lost = ticketWith(storedCall({ id: 9, ticket_id: 42, call_started_at: '2024-01-17T18:30:00Z' }));
    lost.on('POST', '/api/v2/calls', new Error('connection reset'), 1);
    expect(await createCallOnce(lost.transport, withSummary)).toMatchObject({
      notKept: ['duration', 'summary'],
      recovered: true,
    });
  });

  it('reports the failure when the call is not on the ticket', async () => {
    const fake = ticketWith();
    fake.on('POST', '/api/v2/calls', json(503, 'Service Unavailable'));
    await expect(createCallOnce(fake.transport, input)).rejects.toMatchObject({
      problem: { kind: 'server', status: 503 },
    });
  });

  it('does not look for the call after a clear refusal', async () => {
    const fake = fakeTransport();
    fake.on('POST', '/api/v2/calls', json(422, { error: 'RecordInvalid', details: {} }));
    await expect(createCallOnce(fake.transport, input)).rejects.toMatchObject({ problem: { kind: 'invalid' } });
    expect(fake.requests).toHaveLength(1);
  });
});
