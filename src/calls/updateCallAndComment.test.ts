import { describe, expect, it } from 'vitest';
import { storedCall } from '../test/callFixtures';
import { fakeTransport, json } from '../test/fakeTransport';
import { updateCallAndComment, updateCallUnlessConflicting } from './updateCallAndComment';

const stored = storedCall({ id: 7001, call_disposition: 'Billing question' });
const finished = { ...stored, completion_status: 'completed' };
const comment = { title: 'Call wrapped up', fields: ['direction', 'duration'] as const, authorId: 501 };
const edit = { fields: { completion_status: 'completed' }, edited: new Set(['completion_status']) };

describe('updateCallAndComment', () => {
  it('sends nothing when no field changed and no comment is wanted', async () => {
    const api = fakeTransport();
    const outcome = await updateCallAndComment(api.transport, {
      stored,
      fields: { call_disposition: 'Billing question' },
      edited: new Set(['call_disposition']),
      comment: null,
    });
    expect(outcome).toEqual({ kind: 'nothingToSave' });
    expect(api.requests).toHaveLength(0);
  });

  it('patches the changed fields, then adds the comment to the stored call', async () => {
    const api = fakeTransport();
    api.on('PATCH', '/api/v2/calls/7001', json(200, { call: finished }));
    api.on('POST', '/api/v2/calls/7001/comments', json(201, { id: 99, type: 'TpeVoiceComment' }));
    const outcome = await updateCallAndComment(api.transport, { stored, ...edit, comment });
    expect(outcome).toEqual({
      kind: 'saved',
      call: finished,
      changed: true,
      commented: true,
      sent: ['completion_status'],
      notKept: [],
    });
    expect(api.requests.map((request) => [request.method, request.body])).toEqual([
      ['PATCH', { call: { completion_status: 'completed' } }],
      ['POST', { title: 'Call wrapped up', call_fields: ['direction', 'duration'], author_id: 501 }],
    ]);
  });

  it('adds only the comment when no field changed', async () => {
    const api = fakeTransport();
    api.on('POST', '/api/v2/calls/7001/comments', json(201, { id: 99, type: 'TpeVoiceComment' }));
    const outcome = await updateCallAndComment(api.transport, { stored, fields: {}, edited: new Set(), comment });
    expect(outcome).toEqual({ kind: 'saved', call: stored, changed: false, commented: true, sent: [], notKept: [] });
    expect(api.requests.map((request) => request.method)).toEqual(['POST']);
  });

  it('when the comment fails after the update, hands back the stored call and the comment’s problem', async () => {
    const api = fakeTransport();
    api.on('PATCH', '/api/v2/calls/7001', json(200, { call: finished }));
    api.on('POST', '/api/v2/calls/7001/comments', json(500, 'boom'));
    const outcome = await updateCallAndComment(api.transport, { stored, ...edit, comment });
    expect(outcome).toMatchObject({
      kind: 'commentFailed',
      call: finished,
      changed: true,
      error: { problem: { kind: 'server', status: 500 } },
    });
  });

  it('throws when the update itself fails, and adds no comment', async () => {
    const api = fakeTransport();
    api.on('PATCH', '/api/v2/calls/7001', json(422, { error: 'RecordInvalid', details: {} }));
    await expect(updateCallAndComment(api.transport, { stored, ...edit, comment })).rejects.toMatchObject({
      problem: { kind: 'invalid' },
    });
    expect(api.requests).toHaveLength(1);
  });

  it('names the fields sent that Zendesk answered 200 without', async () => {
    const api = fakeTransport();
    const answered: Partial<typeof finished> = { ...finished };
    delete answered.summary;
    api.on('PATCH', '/api/v2/calls/7001', json(200, { call: answered }));
    const outcome = await updateCallAndComment(api.transport, {
      stored,
      fields: { completion_status: 'completed', summary: 'Refund agreed' },
      edited: new Set(['completion_status', 'summary']),
      comment: null,
    });
    expect(outcome).toMatchObject({ kind: 'saved', sent: ['completion_status', 'summary'], notKept: ['summary'] });
  });
});

describe('updateCallUnlessConflicting', () => {
  const later = '2024-01-17T18:40:00Z';

  it('patches as before when nobody stored the call since', async () => {
    const api = fakeTransport();
    api.on('GET', '/api/v2/calls/7001', json(200, { call: stored }));
    api.on('PATCH', '/api/v2/calls/7001', json(200, { call: finished }));
    const outcome = await updateCallUnlessConflicting(api.transport, { stored, ...edit, comment: null });
    expect(outcome).toEqual({
      kind: 'saved',
      call: finished,
      changed: true,
      commented: false,
      sent: ['completion_status'],
      notKept: [],
    });
    expect(api.requests.map((request) => [request.method, request.body])).toEqual([
      ['GET', undefined],
      ['PATCH', { call: { completion_status: 'completed' } }],
    ]);
  });

  it('sends nothing when another agent stored a different value in an edited field', async () => {
    const api = fakeTransport();
    const fresh = { ...stored, completion_status: 'abandoned_in_queue', updated_at: later };
    api.on('GET', '/api/v2/calls/7001', json(200, { call: fresh }));
    const outcome = await updateCallUnlessConflicting(api.transport, { stored, ...edit, comment });
    expect(outcome).toEqual({
      kind: 'conflict',
      fresh,
      collisions: [{ field: 'completion_status', theirs: 'abandoned_in_queue', mine: 'completed' }],
    });
    expect(api.requests.map((request) => request.method)).toEqual(['GET']);
  });

  it('patches only this agent’s fields when the other agent changed different ones', async () => {
    const api = fakeTransport();
    const fresh = { ...stored, queue_name: 'Support', updated_at: later };
    api.on('GET', '/api/v2/calls/7001', json(200, { call: fresh }));
    api.on('PATCH', '/api/v2/calls/7001', json(200, { call: { ...fresh, completion_status: 'completed' } }));
    await updateCallUnlessConflicting(api.transport, { stored, ...edit, comment: null });
    expect(api.requests[1]?.body).toEqual({ call: { completion_status: 'completed' } });
  });

  it('sends no PATCH when the other agent already stored this agent’s value, and hands back the fresh call', async () => {
    const api = fakeTransport();
    const fresh = { ...finished, updated_at: later };
    api.on('GET', '/api/v2/calls/7001', json(200, { call: fresh }));
    const outcome = await updateCallUnlessConflicting(api.transport, { stored, ...edit, comment: null });
    expect(outcome).toEqual({ kind: 'saved', call: fresh, changed: false, commented: false, sent: [], notKept: [] });
    expect(api.requests.map((request) => request.method)).toEqual(['GET']);
  });

  it('reads nothing when only a comment is added', async () => {
    const api = fakeTransport();
    api.on('POST', '/api/v2/calls/7001/comments', json(201, { id: 99, type: 'TpeVoiceComment' }));
    await updateCallUnlessConflicting(api.transport, { stored, fields: {}, edited: new Set(), comment });
    expect(api.requests.map((request) => request.method)).toEqual(['POST']);
  });
});
