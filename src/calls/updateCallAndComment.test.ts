import { describe, expect, it } from 'vitest';
import { storedCall } from '../test/callFixtures';
import { fakeTransport, json } from '../test/fakeTransport';
import { updateCallAndComment } from './updateCallAndComment';

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
    expect(outcome).toEqual({ kind: 'saved', call: finished, changed: true, commented: true });
    expect(api.requests.map((request) => [request.method, request.body])).toEqual([
      ['PATCH', { call: { completion_status: 'completed' } }],
      ['POST', { title: 'Call wrapped up', call_fields: ['direction', 'duration'], author_id: 501 }],
    ]);
  });

  it('adds only the comment when no field changed', async () => {
    const api = fakeTransport();
    api.on('POST', '/api/v2/calls/7001/comments', json(201, { id: 99, type: 'TpeVoiceComment' }));
    const outcome = await updateCallAndComment(api.transport, { stored, fields: {}, edited: new Set(), comment });
    expect(outcome).toEqual({ kind: 'saved', call: stored, changed: false, commented: true });
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
});
