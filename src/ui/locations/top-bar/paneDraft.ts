import * as z from 'zod/mini';
import type { LogAttempt } from '../../../calls/callers/logTopBarCall';
import { DIRECTIONS } from '../../../calls/fields';
import type { Direction } from '../../../calls/fields';
import { pageStore } from '../../../lib/pageStore';
import type { PageStore } from '../../../lib/pageStore';
import { readStored, writeStored } from '../../../lib/storedValue';

/** The agent's pick of caller: a known caller's id, "new" for a new user, or none yet; for one number. */
export interface CallerPickFor {
  for: string | null;
  pick: number | 'new' | null;
}
/** The agent's pick of ticket (an open one's id, or a new ticket), for one caller. */
export interface TicketPickFor {
  for: number | null;
  ticket: number | 'new';
}

/** A Log call press not known to have ended: what a retry, or the page after a reload, must reuse. */
export interface PendingLog extends LogAttempt {
  /** The number the draft was logged for: a new number is a new call */
  phone: string;
  externalId: string;
  startedAt: string;
}

/** Everything the pane holds for the call being logged, kept so a reload loses none of it. */
export interface PaneDraft {
  typed: string;
  direction: Direction;
  newName: string | null;
  subject: string | null;
  callerPick: CallerPickFor;
  ticketPick: TicketPickFor;
  pending: PendingLog | null;
}

export const EMPTY_PANE_DRAFT: PaneDraft = {
  typed: '',
  direction: 'inbound',
  newName: null,
  subject: null,
  callerPick: { for: null, pick: null },
  ticketPick: { for: null, ticket: 'new' },
  pending: null,
};

/** A phone call is over within hours: an older draft is of another call. */
export const PANE_DRAFT_MAX_AGE_MS = 12 * 60 * 60 * 1000;

const id = () => z.int().check(z.positive());

const storedSchema = z.object({
  savedAt: z.int(),
  typed: z.string(),
  direction: z.enum(DIRECTIONS),
  newName: z.nullable(z.string()),
  subject: z.nullable(z.string()),
  callerPick: z.object({
    for: z.nullable(z.string()),
    pick: z.union([id(), z.literal('new'), z.null()]),
  }),
  ticketPick: z.object({ for: z.nullable(id()), ticket: z.union([id(), z.literal('new')]) }),
  pending: z.nullable(
    z.object({
      phone: z.string(),
      externalId: z.string().check(z.minLength(1)),
      startedAt: z.string(),
      createdCallerId: z.nullable(id()),
      sentTo: z.nullable(z.union([z.object({ ticketId: id() }), z.object({ requesterId: id() })])),
    }),
  ),
});

/** One draft per installation: the pane logs one call at a time. */
export function paneDraftKey(installationId: number | null): string {
  return `call-logger:pane:${installationId ?? 'dev'}`;
}

export function readPaneDraft(key: string, now: number = Date.now(), store: PageStore = pageStore()): PaneDraft {
  const stored = readStored(key, storedSchema, PANE_DRAFT_MAX_AGE_MS, now, store);
  if (stored === null) return EMPTY_PANE_DRAFT;
  const { typed, direction, newName, subject, callerPick, ticketPick, pending } = stored;
  return { typed, direction, newName, subject, callerPick, ticketPick, pending };
}

function isEmpty(draft: PaneDraft): boolean {
  return draft.typed.trim() === '' && draft.newName === null && draft.subject === null && draft.pending === null;
}

/** Keeps the draft; an empty one is removed rather than kept. */
export function writePaneDraft(
  key: string,
  draft: PaneDraft,
  now: number = Date.now(),
  store: PageStore = pageStore(),
): void {
  writeStored(key, isEmpty(draft) ? null : draft, now, store);
}
