import { describe, expect, it } from 'vitest';
import { storedCall } from '../test/callFixtures';
import { fakeTransport, json } from '../test/fakeTransport';
import { CallApiError } from './errors';
import { getCall } from './getCall';

describe('getCall', () => {
  it('reads one record', async () => {
    const fake = fakeTransport();
    fake.on('GET', '/api/v2/calls/16444799095826', json(200, { call: storedCall({ id: 16444799095826 }) }));
    expect((await getCall(fake.transport, 16444799095826)).id).toBe(16444799095826);
  });

  it('maps 404', async () => {
    const fake = fakeTransport();
    fake.on('GET', '/api/v2/calls/5', json(404, { error: 'RecordNotFound', description: 'Not found' }));
    const error: unknown = await getCall(fake.transport, 5).then(
      () => null,
      (reason: unknown) => reason,
    );
    expect(error).toBeInstanceOf(CallApiError);
    expect(error instanceof CallApiError ? error.problem.kind : null).toBe('notFound');
  });
});
