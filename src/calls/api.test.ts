import { describe, expect, it } from 'vitest';
import { storedCall } from '../test/callFixtures';
import { fakeTransport, json } from '../test/fakeTransport';
import { addVoiceComment, createCall, updateCall, updateCallChecked } from './api';
import { CallApiError } from './errors';

const mandatory = {
  app_id: 1003048,
  direction: 'inbound' as const,
  from_line: '+14155550123',
  to_line: '+14155550100',
  call_started_at: '2024-01-17T19:30:00+01:00',
};

async function rejectionOf(promise: Promise<unknown>): Promise<CallApiError> {
  const error: unknown = await promise.then(
    () => null,
    (reason: unknown) => reason,
  );
  if (!(error instanceof CallApiError)) throw new Error(`expected a CallApiError, got ${String(error)}`);
  return error;
}

describe('createCall', () => {
  it('posts the record and its voice comment in one request', async () => {
    const fake = fakeTransport();
    fake.on('POST', '/api/v2/calls', json(201, { call: storedCall({ id: 7, ticket_id: 42 }) }));

    const created = await createCall(fake.transport, {
      call: { ...mandatory, ticket_id: 42 },
      comment: { title: 'Inbound call from +1 415-555-0123', call_fields: ['direction', 'from_line'] },
    });

    expect(created.id).toBe(7);
    expect(fake.requests).toEqual([
      {
        method: 'POST',
        url: '/api/v2/calls',
        body: {
          call: { ...mandatory, ticket_id: 42 },
          comment: { title: 'Inbound call from +1 415-555-0123', call_fields: ['direction', 'from_line'] },
        },
      },
    ]);
  });

  it('refuses to send a record missing a mandatory field', async () => {
    const fake = fakeTransport();
    const withoutFrom = { ...mandatory, from_line: undefined };
    // @ts-expect-error: the type already says from_line is required; the check also holds at run time
    const error = await rejectionOf(createCall(fake.transport, { call: withoutFrom }));
    expect(error.problem).toMatchObject({ kind: 'invalid', fields: { from_line: [expect.any(String)] } });
    expect(fake.requests).toHaveLength(0);
  });

  it('turns a 422 into field messages', async () => {
    const fake = fakeTransport();
    fake.on(
      'POST',
      '/api/v2/calls',
      json(422, { error: 'RecordInvalid', details: { to_line: [{ description: 'To line is invalid' }] } }),
    );
    const error = await rejectionOf(createCall(fake.transport, { call: mandatory }));
    expect(error.problem).toEqual({
      kind: 'invalid',
      fields: { to_line: ['To line is invalid'] },
      description: 'RecordInvalid',
    });
  });

  it('reports a dropped connection as a network problem', async () => {
    const fake = fakeTransport();
    fake.on('POST', '/api/v2/calls', new Error('connection reset'));
    const error = await rejectionOf(createCall(fake.transport, { call: mandatory }));
    expect(error.problem).toEqual({ kind: 'network', detail: 'connection reset' });
  });

  it('reports a success it cannot read as unexpected, not as a created call', async () => {
    const fake = fakeTransport();
    fake.on('POST', '/api/v2/calls', json(201, '<html>maintenance</html>'));
    const error = await rejectionOf(createCall(fake.transport, { call: mandatory }));
    expect(error.problem).toMatchObject({ kind: 'unexpected', status: 201 });
  });
});

describe('updateCall', () => {
  it('patches only the given fields, wrapped in call', async () => {
    const fake = fakeTransport();
    fake.on('PATCH', '/api/v2/calls/7', json(200, { call: storedCall({ id: 7, duration: 95 }) }));
    const updated = await updateCall(fake.transport, 7, { duration: 95, call_disposition: null });
    expect(updated.duration).toBe(95);
    expect(fake.requests[0]?.body).toEqual({ call: { duration: 95, call_disposition: null } });
  });

  it('keeps the Retry-After of a 429', async () => {
    const fake = fakeTransport();
    fake.on('PATCH', '/api/v2/calls/7', json(429, null, { 'retry-after': '12' }));
    const error = await rejectionOf(updateCall(fake.transport, 7, { duration: 1 }));
    expect(error.problem).toEqual({ kind: 'rateLimited', retryAfterSeconds: 12 });
  });
});

describe('updateCallChecked', () => {
  it('answers the record and the changes Zendesk did not keep', async () => {
    const fake = fakeTransport();
    const answered: Partial<ReturnType<typeof storedCall>> = storedCall({ id: 7, duration: 95 });
    delete answered.language;
    fake.on('PATCH', '/api/v2/calls/7', json(200, { call: answered }));
    const saved = await updateCallChecked(fake.transport, 7, { duration: 95, language: 'de', summary: null });
    expect(saved).toEqual({ call: answered, notKept: ['language'] });
  });
});

describe('addVoiceComment', () => {
  it('sends the comment fields at the top level, not wrapped', async () => {
    const fake = fakeTransport();
    fake.on('POST', '/api/v2/calls/7/comments', json(201, { id: 99, type: 'TpeVoiceComment', data: { call_id: 7 } }));
    await addVoiceComment(fake.transport, 7, { title: 'Call ended', call_fields: ['duration'] });
    expect(fake.requests[0]?.body).toEqual({ title: 'Call ended', call_fields: ['duration'] });
  });
});
