import { describe, expect, it } from 'vitest';
import { fakeZafClient } from '../../../test/fakeZafClient';
import { fakeTransport, json } from '../../../test/fakeTransport';
import { ticketTransport } from './ticketTransport';

const FIRST_PAGE = '/api/v2/tickets/42/comments?page%5Bsize%5D=100';

describe('the ticket sidebar’s transport', () => {
  it('sends the first comments page at once, and the list’s own read of it takes that answer', async () => {
    const api = fakeTransport();
    api.on('GET', FIRST_PAGE, json(200, { comments: [], meta: { has_more: false } }));
    const client = fakeZafClient({ api });

    const transport = ticketTransport(client, 42);
    expect(api.requests.map((request) => request.url)).toEqual([FIRST_PAGE]);

    const answer = await transport({ method: 'GET', url: FIRST_PAGE });
    expect(answer.status).toBe(200);
    expect(api.requests).toHaveLength(1);
  });

  it('is one per client: the shell’s head start and the sidebar’s root share it, and nothing is sent twice', () => {
    const api = fakeTransport();
    api.on('GET', FIRST_PAGE, json(200, { comments: [] }));
    const client = fakeZafClient({ api });

    const fromShell = ticketTransport(client, 42);
    const fromRoot = ticketTransport(client, 42);
    expect(fromRoot).toBe(fromShell);
    expect(api.requests).toHaveLength(1);
  });

  it('sends nothing ahead when Zendesk names no ticket', () => {
    const api = fakeTransport();
    ticketTransport(fakeZafClient({ api }), null);
    expect(api.requests).toHaveLength(0);
  });
});
