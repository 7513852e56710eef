import { firstCommentsPage } from '../../../calls/firstCommentsPage';
import { primeable } from '../../../calls/primedTransport';
import type { Transport } from '../../../calls/transport';
import type { ZafClient } from '../../../zaf/types';

const transports = new WeakMap<ZafClient, Transport>();

/**
 * The ticket sidebar's transport, one per client. The first call sends the ticket's first
 * comments page at once (the shell does, on registration), so the list's first read overlaps
 * the download of the list's code and the host's get instead of following them.
 */
export function ticketTransport(client: ZafClient, ticketId: number | null): Transport {
  const known = transports.get(client);
  if (known !== undefined) return known;
  const primed = primeable(client.request);
  if (ticketId !== null) primed.prime(firstCommentsPage(ticketId));
  transports.set(client, primed.transport);
  return primed.transport;
}
