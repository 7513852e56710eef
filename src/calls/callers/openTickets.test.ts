import { expect, it } from 'vitest';
import { fakeTransport, json } from '../../test/fakeTransport';
import { listOpenTickets, requestedTicketsUrl } from './openTickets';

it('lists the caller’s tickets below solved, newest first, at most five, in one request', async () => {
  const api = fakeTransport();
  const ticket = (id: number, status: string, day: number) => ({
    id,
    subject: `Ticket ${id}`,
    status,
    created_at: `2024-05-${String(day).padStart(2, '0')}T10:00:00Z`,
  });
  api.on(
    'GET',
    requestedTicketsUrl(42),
    json(200, {
      tickets: [
        ticket(9, 'solved', 20),
        ticket(8, 'open', 19),
        ticket(7, 'closed', 18),
        ticket(6, 'pending', 17),
        ticket(5, 'hold', 16),
        ticket(4, 'new', 15),
        ticket(3, 'open', 14),
        ticket(2, 'open', 13),
      ],
    }),
  );
  const tickets = await listOpenTickets(api.transport, 42);
  expect(tickets.map((entry) => [entry.id, entry.status])).toEqual([
    [8, 'open'],
    [6, 'pending'],
    [5, 'hold'],
    [4, 'new'],
    [3, 'open'],
  ]);
  expect(api.requests.map((request) => request.url)).toEqual([
    '/api/v2/users/42/tickets/requested?sort_by=created_at&sort_order=desc&per_page=100',
  ]);
});
