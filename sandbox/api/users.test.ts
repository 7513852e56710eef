import { describe, expect, it } from 'vitest';
import { samePhone } from './phoneMatch.ts';
import { SEED } from './seed.ts';
import { CALLER_SEED } from './seedCallers.ts';
import { call, createTestStore } from './testSupport.ts';

const { callers, phones, tickets, organizations } = CALLER_SEED;

interface UserList {
  users: { id: number; name: string; organization_id: number | null }[];
  organizations?: { id: number; name: string }[];
  next_page: string | null;
  previous_page: string | null;
  count: number;
}

function search(query: string, extra = ''): UserList {
  const response = call(
    createTestStore(),
    'GET',
    `/api/v2/users/search.json?query=${encodeURIComponent(query)}${extra}`,
  );
  expect(response.status).toBe(200);
  return response.json() as unknown as UserList;
}

const idsOf = (list: UserList) => list.users.map((user) => user.id);

describe('phone matching', () => {
  it.each([
    ['+14155550142', '+1 (415) 555-0142'],
    ['415 555 0143', '+14155550143'],
    ['(415) 555-0144', '+14155550144'],
    ['0049 30 12345679', '+493012345679'],
    ['030 12345679', '+49 30 12345679'],
  ])('%s is the same number as %s', (stored, wanted) => {
    expect(samePhone(stored, wanted)).toBe(true);
  });

  it.each([
    ['+14155550142', '+14155550143'],
    ['+14155550142', '+44155550142'],
    ['555 0142', '+14155550142'],
    ['+14155550142', ''],
  ])('%s is not %s', (stored, wanted) => {
    expect(samePhone(stored, wanted)).toBe(false);
  });
});

describe('GET /api/v2/users/search', () => {
  it.each([
    [phones.olivia, callers.olivia],
    ['+14155550143', callers.marcus],
    ['+14155550144', callers.priya],
    ['+493012345679', callers.klaus],
  ])('finds the caller stored in another format by phone:%s', (phone, id) => {
    const found = search(`phone:${phone}`);
    expect(idsOf(found)).toEqual([id]);
    expect(found.count).toBe(1);
  });

  it('finds both users who share a number, stored in two formats', () => {
    expect(idsOf(search(`role:end-user phone:${phones.shared}`))).toEqual([callers.jordan, callers.casey]);
  });

  it('finds nobody for the numbers no user has', () => {
    for (const phone of CALLER_SEED.unknownPhones)
      expect(search(`phone:${phone}`)).toMatchObject({ users: [], count: 0 });
  });

  it('finds nobody when the + of the number arrived as a space (the query was not encoded)', () => {
    const response = call(createTestStore(), 'GET', `/api/v2/users/search?query=phone:${phones.olivia}`);
    expect(response.json()).toMatchObject({ users: [], count: 0 });
  });

  it('matches free text against names and emails, and role: against the role', () => {
    expect(idsOf(search('smith'))).toEqual([callers.jordan, callers.casey]);
    expect(idsOf(search('acme.example'))).toEqual([callers.olivia, callers.marcus]);
    expect(idsOf(search('role:admin'))).toEqual([SEED.agents.english]);
    expect(idsOf(search('role:end-user "olivia chen"'))).toEqual([callers.olivia]);
  });

  it('pages with page and per_page, with next_page and previous_page links and the total count', () => {
    const first = search('role:end-user', '&per_page=4');
    expect(first.users).toHaveLength(4);
    expect(first.count).toBe(10);
    expect(first.previous_page).toBeNull();
    const next = new URL(first.next_page ?? '');
    expect(next.pathname).toBe('/api/v2/users/search.json');
    expect(next.searchParams.get('query')).toBe('role:end-user');
    expect(next.searchParams.get('page')).toBe('2');
    const last = search('role:end-user', '&per_page=4&page=3');
    expect(last.users).toHaveLength(2);
    expect(last.next_page).toBeNull();
    expect(idsOf(last)).toEqual([callers.jordan, callers.casey]);
  });

  it('sideloads the organizations of the users found with include=organizations', () => {
    const found = search('acme.example', '&include=organizations');
    expect(found.users.map((user) => user.organization_id)).toEqual([organizations.acme, organizations.acme]);
    expect(found.organizations).toEqual([expect.objectContaining({ id: organizations.acme, name: 'Acme Logistics' })]);
    expect(search('acme.example').organizations).toBeUndefined();
  });
});

describe('GET /api/v2/organizations/{id}', () => {
  it('shows an organization, and 404 for an unknown one', () => {
    const store = createTestStore();
    expect(call(store, 'GET', `/api/v2/organizations/${organizations.becker}.json`).json()).toMatchObject({
      organization: { id: organizations.becker, name: 'Becker GmbH', domain_names: ['becker.example.de'] },
    });
    expect(call(store, 'GET', '/api/v2/organizations/1').status).toBe(404);
  });
});

describe('POST /api/v2/users', () => {
  it('creates an end user with a phone identity that a phone search then finds', () => {
    const store = createTestStore();
    const created = call(store, 'POST', '/api/v2/users', {
      user: { name: 'Caller: +14155550150', phone: '+14155550150' },
    });
    expect(created.status).toBe(201);
    const user = created.json().user as { id: number };
    expect(created.json().user).toMatchObject({
      name: 'Caller: +14155550150',
      phone: '+14155550150',
      role: 'end-user',
      email: null,
    });
    expect(user.id).toBe(SEED.nextId);
    const found = call(store, 'GET', `/api/v2/users/search?query=${encodeURIComponent('phone:+14155550150')}`).json();
    expect(found).toMatchObject({ count: 1, users: [{ id: user.id }] });
    expect(call(store, 'GET', `/api/v2/users/${user.id}/identities`).json()).toMatchObject({
      identities: [{ type: 'phone_number', value: '+14155550150', user_id: user.id }],
    });
  });

  it.each([
    [{ phone: '+14155550150' }, 'name', 'BlankValue'],
    [{ name: '  ', phone: '+14155550150' }, 'name', 'BlankValue'],
    [{ name: 'Caller', phone: '(415) 555-0150' }, 'phone', 'InvalidValue'],
    [{ name: 'Caller', phone: '+0123' }, 'phone', 'InvalidValue'],
    [{ name: 'Caller', email: 'olivia.chen@acme.example' }, 'email', 'DuplicateValue'],
    [{ name: 'Caller', email: 'not an email' }, 'email', 'InvalidValue'],
  ])('refuses %j with a 422 on %s', (user, field, error) => {
    const store = createTestStore();
    const before = store.state.users.length;
    const refused = call(store, 'POST', '/api/v2/users', { user });
    expect(refused.status).toBe(422);
    expect(refused.json()).toMatchObject({
      error: 'RecordInvalid',
      description: 'Record validation errors',
      details: { [field]: [{ error }] },
    });
    expect(store.state.users).toHaveLength(before);
  });

  it('answers 400 for a body without `user`', () => {
    expect(call(createTestStore(), 'POST', '/api/v2/users', { name: 'x' }).status).toBe(400);
  });
});

describe('GET /api/v2/users/{id}/identities', () => {
  it('lists the email and phone identities with their values', () => {
    const body = call(createTestStore(), 'GET', `/api/v2/users/${callers.marcus}/identities.json`).json();
    expect(body).toMatchObject({
      identities: [
        { type: 'email', value: 'marcus.brown@acme.example' },
        { type: 'phone_number', value: phones.marcus },
      ],
      count: 2,
      next_page: null,
    });
  });

  it('answers 404 for an unknown user', () => {
    expect(call(createTestStore(), 'GET', '/api/v2/users/1/identities').status).toBe(404);
  });
});

describe('GET /api/v2/users/{id}/tickets/requested', () => {
  const requested = (query: string) =>
    call(createTestStore(), 'GET', `/api/v2/users/${callers.olivia}/tickets/requested.json${query}`).json() as {
      tickets: { id: number; subject: string; status: string; created_at: string; updated_at: string }[];
      next_page: string | null;
      count: number;
    };

  it('lists the caller tickets in id order by default, with subject, status and times', () => {
    const body = requested('');
    expect(body.tickets.map((ticket) => [ticket.id, ticket.status])).toEqual([
      [tickets.oliviaOpenOlder, 'open'],
      [tickets.oliviaOpenNewer, 'open'],
      [tickets.oliviaSolved, 'solved'],
    ]);
    expect(body.tickets[0]).toMatchObject({
      subject: 'Pallet missing from Tuesday delivery',
      created_at: '2024-04-10T09:00:00Z',
    });
    expect(body.count).toBe(3);
  });

  it('sorts newest first with sort_by=created_at&sort_order=desc, and by updated_at', () => {
    expect(requested('?sort_by=created_at&sort_order=desc').tickets.map((ticket) => ticket.id)).toEqual([
      tickets.oliviaOpenNewer,
      tickets.oliviaOpenOlder,
      tickets.oliviaSolved,
    ]);
    expect(requested('?sort_by=updated_at&sort_order=desc').tickets.map((ticket) => ticket.id)).toEqual([
      tickets.oliviaOpenOlder,
      tickets.oliviaOpenNewer,
      tickets.oliviaSolved,
    ]);
  });

  it('pages with per_page, keeping the sort in next_page', () => {
    const first = requested('?sort_by=created_at&sort_order=desc&per_page=2');
    expect(first.tickets.map((ticket) => ticket.id)).toEqual([tickets.oliviaOpenNewer, tickets.oliviaOpenOlder]);
    const next = new URL(first.next_page ?? '');
    expect(Object.fromEntries(next.searchParams)).toEqual({
      sort_by: 'created_at',
      sort_order: 'desc',
      page: '2',
      per_page: '2',
    });
  });

  it('answers 404 for an unknown user and an empty list for a user with no tickets', () => {
    const store = createTestStore();
    expect(call(store, 'GET', '/api/v2/users/1/tickets/requested').status).toBe(404);
    expect(call(store, 'GET', `/api/v2/users/${callers.marcus}/tickets/requested`).json()).toMatchObject({
      tickets: [],
      count: 0,
    });
  });
});

describe('a call with a comment and no ticket_id', () => {
  it('creates a ticket with end_user_id as the requester and comment.subject as the subject', () => {
    const store = createTestStore();
    const created = call(store, 'POST', '/api/v2/calls', {
      call: {
        app_id: SEED.appId,
        from_line: '+14155550142',
        to_line: '+18005550199',
        call_started_at: '2025-02-03T10:00:00Z',
        direction: 'inbound',
        end_user_id: callers.olivia,
        agent_id: SEED.agents.english,
      },
      comment: {
        subject: 'Call from Olivia Chen',
        display_to_agent: SEED.agents.english,
        author_id: SEED.agents.english,
        end_user_id: callers.olivia,
      },
    });
    expect(created.status).toBe(201);
    const ticketId = (created.json().call as { ticket_id: number }).ticket_id;
    expect(ticketId).toBe(SEED.nextTicketId);
    expect(store.ticket(ticketId)).toMatchObject({ requester_id: callers.olivia, subject: 'Call from Olivia Chen' });
    const listed = call(
      store,
      'GET',
      `/api/v2/users/${callers.olivia}/tickets/requested?sort_by=created_at&sort_order=desc`,
    ).json();
    expect((listed.tickets as { id: number }[])[0]?.id).toBe(ticketId);
  });
});
