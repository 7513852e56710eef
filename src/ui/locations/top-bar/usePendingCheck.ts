import { useEffect, useRef, useState } from 'react';
import type { Transport } from '../../../calls/transport';
import type { PendingLog } from './paneDraft';

/** What the pane learnt of a create sent before the page reloaded. */
export type PendingCheck =
  | { status: 'none' }
  | { status: 'checking' }
  | { status: 'found'; ticketId: number }
  | { status: 'notFound' }
  | { status: 'failed' };

/**
 * When the pane opens on a draft whose create went out and was never answered in
 * that page (a reload), looks for the call by its external_id once: found, the
 * draft is done (`forget`); not found, the draft stays, and Log call looks again
 * before it sends anything.
 */
export function usePendingCheck(transport: Transport, pending: PendingLog | null, forget: () => void): PendingCheck {
  const [atOpen] = useState(() =>
    pending === null || pending.sentTo === null ? null : { externalId: pending.externalId, sentTo: pending.sentTo },
  );
  const [check, setCheck] = useState<PendingCheck>({ status: atOpen === null ? 'none' : 'checking' });
  const started = useRef(false);
  useEffect(() => {
    if (atOpen === null || started.current) return;
    started.current = true;
    // Only a draft sent before a reload needs the call read: that code is fetched then, not with every pane.
    import('../../../calls/callers/findByExternalId')
      .then(({ findCallByExternalId }) => findCallByExternalId(transport, atOpen.sentTo, atOpen.externalId))
      .then(
        (found) => {
          if (found === null || typeof found.ticket_id !== 'number') {
            setCheck({ status: 'notFound' });
            return;
          }
          forget();
          setCheck({ status: 'found', ticketId: found.ticket_id });
        },
        () => {
          setCheck({ status: 'failed' });
        },
      );
  }, [atOpen, transport, forget]);
  return check;
}
