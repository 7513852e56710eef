import { useState } from 'react';
import type { OpenTicket } from '../../../calls/callers/openTickets';
import type { Caller } from '../../../calls/callers/searchCallers';
import { loadPhoneNormaliser } from '../../../calls/input/phone';
import type { PhoneNormaliser } from '../../../calls/input/phone';
import type { Transport } from '../../../calls/transport';
import { whenUsable } from '../../shared/markUsable';
import { loadOpenTickets, loadSearchCallers } from './lazyPaneParts';
import type { CallerPickFor, TicketPickFor } from './paneDraft';
import { useRemote } from './useRemote';
import type { Remote } from './useRemote';

/** Long enough for a typist's next key, short enough to feel instant; a paste settles at once after it. */
export const SEARCH_DELAY_MS = 350;

/** The agent's pick: a known caller's id, "new" for a new user, or none yet. */
export type CallerPick = CallerPickFor['pick'];
/** The ticket the call goes on: a new one, or an open ticket's id. */
export type TicketPick = TicketPickFor['ticket'];

/** The agent's picks, each with the number or caller it was made for; kept by the pane's draft. */
export interface LookupPicks {
  callerPick: CallerPickFor;
  ticketPick: TicketPickFor;
}

export interface CallerLookup {
  callers: Remote<Caller[]>;
  retryCallers: () => void;
  pick: CallerPick;
  setPick: (pick: CallerPick) => void;
  chosen: Caller | null;
  tickets: Remote<OpenTicket[]>;
  retryTickets: () => void;
  ticket: TicketPick;
  setTicket: (ticket: TicketPick) => void;
}

function defaultPick(callers: Remote<Caller[]>): CallerPick {
  if (callers.status !== 'ready') return null;
  const [only, ...others] = callers.data;
  if (only === undefined) return 'new';
  return others.length === 0 ? only.id : null;
}

/**
 * The caller for a settled number (one search per number), the agent's pick
 * among them, and the picked caller's open tickets with "new ticket" first.
 * A pick belongs to the number or caller it was made for and is dropped with it.
 */
export function useCallerLookup(
  transport: Transport,
  e164: string | null,
  defaultCountry: string | null,
  picks: LookupPicks,
  onPicks: (change: Partial<LookupPicks>) => void,
): CallerLookup {
  // Stored numbers are national more often than not: the match waits for the full phone library,
  // which is fetched once the pane is usable so the number field never waits for it.
  const [phoneLibrary] = useState(
    () =>
      new Promise<PhoneNormaliser>((resolve, reject) => {
        whenUsable(() => {
          loadPhoneNormaliser(defaultCountry).then(resolve, reject);
        });
      }),
  );
  const { state: callers, retry: retryCallers } = useRemote(
    e164,
    // The search's code is fetched with the phone library, right after usable; a chunk that cannot load fails like the search.
    async (number) => {
      const [{ searchCallers }, normaliser] = await Promise.all([loadSearchCallers(), phoneLibrary]);
      return searchCallers(transport, number, normaliser);
    },
    SEARCH_DELAY_MS,
  );
  const picked = picks.callerPick;
  const pick = picked.for === e164 && callers.status === 'ready' ? picked.pick : defaultPick(callers);
  const chosen =
    callers.status === 'ready' && typeof pick === 'number'
      ? (callers.data.find((caller) => caller.id === pick) ?? null)
      : null;

  const { state: tickets, retry: retryTickets } = useRemote(
    chosen === null ? null : String(chosen.id),
    async (id) => (await loadOpenTickets()).listOpenTickets(transport, Number(id)),
    0,
  );
  const { ticketPick } = picks;
  const ticket =
    ticketPick.for === chosen?.id && tickets.status === 'ready' && tickets.data.some((t) => t.id === ticketPick.ticket)
      ? ticketPick.ticket
      : 'new';

  return {
    callers,
    retryCallers,
    pick,
    setPick: (next) => {
      onPicks({ callerPick: { for: e164, pick: next } });
    },
    chosen,
    tickets,
    retryTickets,
    ticket,
    setTicket: (next) => {
      onPicks({ ticketPick: { for: chosen?.id ?? null, ticket: next } });
    },
  };
}
