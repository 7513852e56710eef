import { afterEach, describe, expect, it } from 'vitest';
import { EMPTY_PANE_DRAFT, PANE_DRAFT_MAX_AGE_MS, paneDraftKey, readPaneDraft, writePaneDraft } from './paneDraft';
import type { PaneDraft } from './paneDraft';

const key = paneDraftKey(7);
const now = Date.parse('2026-12-06T09:00:00Z');
const draft: PaneDraft = {
  typed: '(415) 555-0142',
  direction: 'outbound',
  newName: null,
  subject: 'Invoice question',
  callerPick: { for: '+14155550142', pick: 301 },
  ticketPick: { for: 301, ticket: 106 },
  pending: {
    phone: '+14155550142',
    externalId: 'b3b1f2de-0000-4000-8000-000000000001',
    startedAt: '2026-12-06T08:59:00.000Z',
    createdCallerId: null,
    sentTo: { ticketId: 106 },
  },
};

afterEach(() => {
  window.localStorage.clear();
});

describe('the top-bar pane’s draft kept between reloads', () => {
  it('keeps what was typed and picked, and a create that went out', () => {
    writePaneDraft(key, draft, now);
    expect(readPaneDraft(key, now + 60_000)).toEqual(draft);
  });

  it('keeps each installation’s apart', () => {
    writePaneDraft(key, draft, now);
    expect(readPaneDraft(paneDraftKey(8), now)).toEqual(EMPTY_PANE_DRAFT);
  });

  it('removes an empty draft instead of keeping it, and forgets one older than a call lasts', () => {
    writePaneDraft(key, draft, now);
    writePaneDraft(key, EMPTY_PANE_DRAFT, now);
    expect(window.localStorage.getItem(key)).toBeNull();
    writePaneDraft(key, draft, now);
    expect(readPaneDraft(key, now + PANE_DRAFT_MAX_AGE_MS + 1)).toEqual(EMPTY_PANE_DRAFT);
    expect(window.localStorage.getItem(key)).toBeNull();
  });

  it.each([
    ['not JSON', '{'],
    ['a direction the app does not know', JSON.stringify({ ...draft, savedAt: now, direction: 'sideways' })],
    [
      'a pending create with no external_id',
      JSON.stringify({ ...draft, savedAt: now, pending: { ...draft.pending, externalId: '' } }),
    ],
    ['a ticket pick that is no id', JSON.stringify({ ...draft, savedAt: now, ticketPick: { for: 301, ticket: -1 } })],
  ])('starts afresh from %s', (_what, raw) => {
    window.localStorage.setItem(key, raw);
    expect(readPaneDraft(key, now)).toEqual(EMPTY_PANE_DRAFT);
  });
});
