import { send } from '../send';
import type { Transport } from '../transport';
import { ticketsPageSchema } from './schema';

/** Statuses below "solved": a call about them belongs on the ticket rather than on a new one. */
export const OPEN_STATUSES = ['new', 'open', 'pending', 'hold'] as const;
export const MAX_OPEN_TICKETS = 5;

export interface OpenTicket {
  id: number;
  subject: string;
  status: string;
}

/**
 * The caller's newest tickets, from their requested tickets sorted by the
 * API: one request, and unlike the search API it has no index delay, so a
 * ticket made a minute ago is there. Solved and closed ones are left out here.
 */
export function requestedTicketsUrl(userId: number): string {
  const query = new URLSearchParams({ sort_by: 'created_at', sort_order: 'desc', per_page: '100' });
  return `/api/v2/users/${userId}/tickets/requested?${query.toString()}`;
}

export async function listOpenTickets(transport: Transport, userId: number): Promise<OpenTicket[]> {
  const { tickets } = await send(transport, { method: 'GET', url: requestedTicketsUrl(userId) }, ticketsPageSchema);
  return (
    tickets
      .filter((ticket) => OPEN_STATUSES.some((status) => status === ticket.status))
      // The API sorts already; sorting again keeps "newest first" true if a server ignores sort_by.
      .sort((a, b) => (Date.parse(b.created_at ?? '') || 0) - (Date.parse(a.created_at ?? '') || 0) || b.id - a.id)
      .slice(0, MAX_OPEN_TICKETS)
      .map((ticket) => ({ id: ticket.id, subject: ticket.subject ?? '', status: ticket.status ?? '' }))
  );
}
