import { describe, expect, it } from 'vitest';
import { SEED } from './seed.ts';
import { call, createTestStore } from './testSupport.ts';

interface CommentsPage {
  comments: { id: number; type: string; data?: { call_id: number } }[];
  meta: { has_more: boolean; after_cursor: string | null; before_cursor: string | null };
  links: { next: string | null; prev: string | null };
}

function commentsPage(body: Record<string, unknown>): CommentsPage {
  return body as unknown as CommentsPage;
}

/** Path and query of an absolute link, after checking it points at the request's host. */
function relativeOf(link: string | null): string {
  if (link === null) throw new Error('expected a link');
  expect(link.startsWith('http://localhost:5173/api/v2/')).toBe(true);
  const url = new URL(link);
  return `${url.pathname}${url.search}`;
}

const manyComments = `/api/v2/tickets/${SEED.tickets.manyComments}/comments`;

describe('GET /api/v2/tickets/{id}/comments with cursor pagination', () => {
  it('pages 230 comments as 100, 100 and 30, following links.next', () => {
    const store = createTestStore();
    const pages: CommentsPage[] = [];
    let path = `${manyComments}.json?page[size]=100`;
    for (;;) {
      const page = commentsPage(call(store, 'GET', path).json());
      pages.push(page);
      if (!page.meta.has_more) break;
      path = relativeOf(page.links.next);
    }
    expect(pages.map((page) => page.comments.length)).toEqual([100, 100, 30]);
    expect(pages.map((page) => page.meta.has_more)).toEqual([true, true, false]);
    const ids = pages.flatMap((page) => page.comments.map((comment) => comment.id));
    expect(new Set(ids).size).toBe(SEED.manyComments.total);
    expect([...ids].sort((a, b) => a - b)).toEqual(ids);
    const voicePerPage = pages.map(
      (page) => page.comments.filter((comment) => comment.type === 'TpeVoiceComment').length,
    );
    expect(voicePerPage).toEqual([1, 1, 1]);
  });

  it('points after_cursor at the last item and before_cursor at the first', () => {
    const store = createTestStore();
    const first = commentsPage(call(store, 'GET', `${manyComments}?page[size]=10`).json());
    const second = commentsPage(
      call(store, 'GET', `${manyComments}?page[size]=10&page[after]=${first.meta.after_cursor ?? ''}`).json(),
    );
    expect(second.comments[0]?.id).toBe((first.comments[9]?.id ?? 0) + 1);
    const back = commentsPage(call(store, 'GET', relativeOf(second.links.prev)).json());
    expect(back.comments.map((comment) => comment.id)).toEqual(first.comments.map((comment) => comment.id));
    expect(back.meta.has_more).toBe(false);
    expect(second.links.next).toContain('page[size]=10');
  });

  it('defaults the page size to 100 and caps it at 100', () => {
    const store = createTestStore();
    expect(commentsPage(call(store, 'GET', `${manyComments}?page[after]=`).json()).comments).toHaveLength(100);
    expect(commentsPage(call(store, 'GET', `${manyComments}?page[size]=500`).json()).comments).toHaveLength(100);
  });

  it('answers an empty last page with null cursors and links', () => {
    const store = createTestStore();
    const only = commentsPage(
      call(store, 'GET', `/api/v2/tickets/${SEED.tickets.noCalls}/comments?page[size]=100`).json(),
    );
    expect(only.meta.has_more).toBe(false);
    const beyond = commentsPage(call(store, 'GET', relativeOf(only.links.next)).json());
    expect(beyond).toEqual({
      comments: [],
      meta: { has_more: false, after_cursor: null, before_cursor: null },
      links: { next: null, prev: null },
    });
  });

  it('answers 400 for a cursor it did not issue and for a bad size', () => {
    const store = createTestStore();
    expect(call(store, 'GET', `${manyComments}?page[after]=bogus`).status).toBe(400);
    expect(call(store, 'GET', `${manyComments}?page[size]=0`).status).toBe(400);
  });

  it('shows voice comments with their call data and no sandbox bookkeeping', () => {
    const page = commentsPage(
      call(createTestStore(), 'GET', `/api/v2/tickets/${SEED.tickets.twoCalls}/comments?page[size]=100`).json(),
    );
    const voice = page.comments.filter((comment) => comment.type === 'TpeVoiceComment');
    expect(voice.map((comment) => comment.data?.call_id)).toEqual([
      SEED.calls.refundInbound,
      SEED.calls.refundOutbound,
    ]);
    expect(voice[0]).not.toHaveProperty('call_fields');
  });
});

describe('GET /api/v2/tickets/{id}/comments without page[size]', () => {
  it('uses offset pagination like Zendesk', () => {
    const body = call(createTestStore(), 'GET', `${manyComments}.json`).json();
    expect(body).toMatchObject({ count: 230, previous_page: null });
    expect(body.next_page).toBe(`http://localhost:5173${manyComments}.json?page=2&per_page=100`);
  });
});

describe('tickets and users', () => {
  it('reads a ticket, and 404s an unknown one', () => {
    const store = createTestStore();
    expect(call(store, 'GET', `/api/v2/tickets/${SEED.tickets.twoCalls}.json`).json()).toMatchObject({
      ticket: { id: SEED.tickets.twoCalls, subject: 'Refund for order #48213', requester_id: SEED.endUsers.jonas },
    });
    expect(call(store, 'GET', '/api/v2/tickets/4242').status).toBe(404);
    expect(call(store, 'GET', '/api/v2/tickets/4242/comments').status).toBe(404);
  });

  it('reads a user and "me" as the agent the host names', () => {
    const store = createTestStore();
    expect(call(store, 'GET', `/api/v2/users/${SEED.endUsers.maria}`).json()).toMatchObject({
      user: { name: 'Maria Rossi', phone: '+14155550123', role: 'end-user' },
    });
    const me = call(store, 'GET', '/api/v2/users/me.json', undefined, {
      'x-sandbox-agent-id': String(SEED.agents.spanish),
    });
    expect(me.json()).toMatchObject({
      user: { id: SEED.agents.spanish, locale: 'es', iana_time_zone: 'Europe/Madrid' },
    });
  });

  it('answers 404 InvalidEndpoint for paths and methods it does not serve', () => {
    const store = createTestStore();
    expect(call(store, 'GET', '/api/v2/calls').json()).toEqual({ error: 'InvalidEndpoint', description: 'Not found' });
    expect(call(store, 'DELETE', `/api/v2/calls/${SEED.calls.inProgress}`).status).toBe(404);
    expect(call(store, 'GET', '/api/v2/organizations/1').status).toBe(404);
  });
});
