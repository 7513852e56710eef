import { describe, expect, it } from 'vitest';
import { fakeTransport, json } from '../../test/fakeTransport';
import { loadPhoneNormaliser } from '../input/phone';
import { callerSearchUrl, searchCallers } from './searchCallers';

const normalise = await loadPhoneNormaliser('US');

function user(id: number, name: string, phone: string | null, organization_id: number | null = null) {
  return { id, name, email: `${name.toLowerCase().replace(' ', '.')}@example.com`, phone, organization_id };
}

describe('searchCallers', () => {
  it('asks once, with the number encoded, and matches the national formats people store', async () => {
    const api = fakeTransport();
    api.on(
      'GET',
      callerSearchUrl('+14155550143'),
      json(200, {
        users: [user(1, 'Marcus Brown', '415 555 0143', 7), user(2, 'Priya Nair', '(415) 555-0143')],
        organizations: [{ id: 7, name: 'Acme Logistics' }],
      }),
    );
    const callers = await searchCallers(api.transport, '+14155550143', normalise);
    expect(api.requests.map((request) => request.url)).toEqual([
      '/api/v2/users/search?query=phone%3A%2B14155550143&include=organizations',
    ]);
    expect(callers).toEqual([
      { id: 1, name: 'Marcus Brown', email: 'marcus.brown@example.com', organization: 'Acme Logistics' },
      { id: 2, name: 'Priya Nair', email: 'priya.nair@example.com', organization: null },
    ]);
  });

  it('reads the identities only of a user whose main phone is another number', async () => {
    const api = fakeTransport();
    api.on(
      'GET',
      callerSearchUrl('+14155550145'),
      json(200, { users: [user(5, 'Jordan Smith', '+1 415-555-0145'), user(6, 'Casey Smith', '+14155550199')] }),
    );
    api.on(
      'GET',
      '/api/v2/users/6/identities',
      json(200, { identities: [{ type: 'phone_number', value: '4155550145' }] }),
    );
    const callers = await searchCallers(api.transport, '+14155550145', normalise);
    expect(callers.map((caller) => caller.name)).toEqual(['Jordan Smith', 'Casey Smith']);
    expect(api.requests).toHaveLength(2);
  });

  it('leaves out users the search found loosely whose numbers are another', async () => {
    const api = fakeTransport();
    api.on('GET', callerSearchUrl('+14155550150'), json(200, { users: [user(9, 'Near Miss', '+14155550151')] }));
    api.on('GET', '/api/v2/users/9/identities', json(200, { identities: [{ type: 'email', value: 'x@example.com' }] }));
    expect(await searchCallers(api.transport, '+14155550150', normalise)).toEqual([]);
  });

  it('finds none when Zendesk knows no one with the number', async () => {
    const api = fakeTransport();
    api.on('GET', callerSearchUrl('+442079460000'), json(200, { users: [], count: 0 }));
    expect(await searchCallers(api.transport, '+442079460000', normalise)).toEqual([]);
  });

  it('reports a 429 with its wait', async () => {
    const api = fakeTransport();
    api.on('GET', callerSearchUrl('+14155550142'), json(429, 'Too many', { 'retry-after': '30' }));
    await expect(searchCallers(api.transport, '+14155550142', normalise)).rejects.toMatchObject({
      problem: { kind: 'rateLimited', retryAfterSeconds: 30 },
    });
  });
});
