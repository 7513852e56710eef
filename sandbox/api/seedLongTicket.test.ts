import { describe, expect, it } from 'vitest';
import { LONG_TICKET_SEED } from './seedLongTicket.ts';
import { call, createTestStore } from './testSupport.ts';

interface Page {
  comments: { id: number; type: string; data?: { call_id: number } }[];
  meta: { has_more: boolean };
  links: { next: string | null };
}

describe('the seed’s long ticket', () => {
  it('pages 2,000 comments as 20 pages of 100, naming 50 distinct calls that can each be read', () => {
    const store = createTestStore();
    const pages: Page[] = [];
    let path: string | null = `/api/v2/tickets/${LONG_TICKET_SEED.ticketId}/comments?page[size]=100`;
    while (path !== null) {
      const page = call(store, 'GET', path).json() as unknown as Page;
      pages.push(page);
      path =
        page.meta.has_more && page.links.next !== null
          ? new URL(page.links.next).pathname + new URL(page.links.next).search
          : null;
    }
    expect(pages).toHaveLength(20);
    expect(pages.every((page) => page.comments.length === 100)).toBe(true);
    const callIds = pages.flatMap((page) =>
      page.comments.filter((comment) => comment.type === 'TpeVoiceComment').map((comment) => comment.data?.call_id),
    );
    expect(new Set(callIds).size).toBe(50);
    for (const callId of callIds) expect(call(store, 'GET', `/api/v2/calls/${String(callId)}`).status).toBe(200);
  });

  it('never gives a new ticket the long ticket’s id', () => {
    const store = createTestStore();
    const ids = Array.from({ length: 15 }, () => store.allocateTicketId());
    expect(ids).not.toContain(LONG_TICKET_SEED.ticketId);
    expect(new Set(ids).size).toBe(15);
  });
});
