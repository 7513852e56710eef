import { getCall } from '../getCall';
import { findVoiceCommentCallIds } from '../findTicketCalls';
import type { CallRecord } from '../schema';
import { send } from '../send';
import type { Transport } from '../transport';
import { requestedTicketsUrl } from './openTickets';
import { ticketsPageSchema } from './schema';

/** A new ticket made by a lost create is the caller's newest; a few more cover tickets made meanwhile. */
const RECENT_TICKETS = 3;

async function findOnTicket(transport: Transport, ticketId: number, externalId: string): Promise<CallRecord | null> {
  const callIds = await findVoiceCommentCallIds(transport, ticketId);
  // The newest voice comment is the likeliest: read from the end.
  for (const callId of [...callIds].reverse()) {
    const call = await getCall(transport, callId);
    if (call.external_id === externalId) return call;
  }
  return null;
}

/**
 * After a create whose answer was lost, the call Zendesk may have stored,
 * found by the external_id the app gave it: on the ticket it was logged on,
 * or (for a new ticket) on the caller's most recent requested tickets.
 */
export async function findCallByExternalId(
  transport: Transport,
  where: { ticketId: number } | { requesterId: number },
  externalId: string,
): Promise<CallRecord | null> {
  if ('ticketId' in where) return findOnTicket(transport, where.ticketId, externalId);
  const { tickets } = await send(
    transport,
    { method: 'GET', url: requestedTicketsUrl(where.requesterId) },
    ticketsPageSchema,
  );
  for (const ticket of tickets.slice(0, RECENT_TICKETS)) {
    const found = await findOnTicket(transport, ticket.id, externalId);
    if (found !== null) return found;
  }
  return null;
}
