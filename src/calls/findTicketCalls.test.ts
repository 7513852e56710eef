import { describe, expect, it, vi } from 'vitest';
import { storedCall, textComment, voiceComment } from '../test/callFixtures';
import { fakeTransport, json } from '../test/fakeTransport';
import { findTicketCalls, readCall, toRelativeApiUrl } from './findTicketCalls';
import type { CallRead } from './findTicketCalls';
import type { ApiResponse } from './transport';

const firstPage = '/api/v2/tickets/42/comments?page%5Bsize%5D=100';

describe('findTicketCalls', () => {
  it('follows every page of comments and reads each voice comment’s call once, newest first', async () => {
    const fake = fakeTransport();
    fake.on(
      'GET',
      firstPage,
      json(200, {
        comments: [textComment(1), voiceComment(2, 701), textComment(3)],
        meta: { has_more: true, after_cursor: 'abc' },
        links: {
          next: 'https://acme.zendesk.com/api/v2/tickets/42/comments.json?page%5Bafter%5D=abc&page%5Bsize%5D=100',
        },
      }),
    );
    fake.on(
      'GET',
      '/api/v2/tickets/42/comments.json?page%5Bafter%5D=abc&page%5Bsize%5D=100',
      json(200, {
        comments: [voiceComment(4, 702), voiceComment(5, 701)],
        meta: { has_more: false },
        links: { next: null },
      }),
    );
    fake.on(
      'GET',
      '/api/v2/calls/701',
      json(200, { call: storedCall({ id: 701, call_started_at: '2024-01-17T09:00:00Z' }) }),
    );
    fake.on(
      'GET',
      '/api/v2/calls/702',
      json(200, { call: storedCall({ id: 702, call_started_at: '2024-01-18T09:00:00Z' }) }),
    );

    const result = await findTicketCalls(fake.transport, 42);

    expect(result.calls.map((call) => call.id)).toEqual([702, 701]);
    expect(result.unreadable).toEqual([]);
    expect(fake.requests.filter((request) => request.url === '/api/v2/calls/701')).toHaveLength(1);
  });

  it('still lists the readable calls when one record cannot be read', async () => {
    const fake = fakeTransport();
    fake.on(
      'GET',
      firstPage,
      json(200, { comments: [voiceComment(2, 701), voiceComment(3, 702)], meta: { has_more: false } }),
    );
    fake.on('GET', '/api/v2/calls/701', json(200, { call: storedCall({ id: 701 }) }));
    fake.on('GET', '/api/v2/calls/702', json(404, { error: 'RecordNotFound', description: 'Not found' }));

    const result = await findTicketCalls(fake.transport, 42);

    expect(result.calls.map((call) => call.id)).toEqual([701]);
    expect(result.unreadable).toEqual([{ callId: 702, problem: { kind: 'notFound', description: 'Not found' } }]);
  });

  it('finds nothing on a ticket without voice comments, reading no record', async () => {
    const fake = fakeTransport();
    fake.on('GET', firstPage, json(200, { comments: [textComment(1)], meta: { has_more: false } }));
    expect(await findTicketCalls(fake.transport, 42)).toEqual({ calls: [], unreadable: [] });
    expect(fake.requests).toHaveLength(1);
  });

  it('follows the older next_page pagination too', async () => {
    const fake = fakeTransport();
    fake.on(
      'GET',
      firstPage,
      json(200, {
        comments: [voiceComment(2, 701)],
        next_page: 'https://acme.zendesk.com/api/v2/tickets/42/comments.json?page=2',
      }),
    );
    fake.on(
      'GET',
      '/api/v2/tickets/42/comments.json?page=2',
      json(200, { comments: [voiceComment(3, 702)], next_page: null }),
    );
    fake.on('GET', /^\/api\/v2\/calls\/\d+$/, (request) =>
      json(200, { call: storedCall({ id: Number(request.url.split('/').pop()) }) }),
    );
    expect((await findTicketCalls(fake.transport, 42)).calls).toHaveLength(2);
  });

  it('reads records at most `concurrency` at a time', async () => {
    const fake = fakeTransport();
    const ids = [1, 2, 3, 4, 5, 6, 7];
    fake.on(
      'GET',
      firstPage,
      json(200, { comments: ids.map((id) => voiceComment(id, id)), meta: { has_more: false } }),
    );
    let inFlight = 0;
    let mostInFlight = 0;
    fake.on('GET', /^\/api\/v2\/calls\/\d+$/, async (request) => {
      inFlight += 1;
      mostInFlight = Math.max(mostInFlight, inFlight);
      await new Promise((resolve) => setTimeout(resolve, 5));
      inFlight -= 1;
      return json(200, { call: storedCall({ id: Number(request.url.split('/').pop()) }) });
    });
    const result = await findTicketCalls(fake.transport, 42, { concurrency: 3 });
    expect(result.calls).toHaveLength(7);
    expect(mostInFlight).toBe(3);
  });

  it('fails when the comments cannot be read, rather than showing no calls', async () => {
    const fake = fakeTransport();
    fake.on('GET', firstPage, json(403, { error: 'Forbidden', description: 'Talk Partner Edition is not enabled' }));
    await expect(findTicketCalls(fake.transport, 42)).rejects.toMatchObject({
      problem: { kind: 'forbidden', status: 403 },
    });
  });

  it('stops when a server hands back the same page link again', async () => {
    const fake = fakeTransport();
    fake.on('GET', firstPage, json(200, { comments: [], meta: { has_more: true }, links: { next: firstPage } }));
    await expect(findTicketCalls(fake.transport, 42)).rejects.toMatchObject({ problem: { kind: 'unexpected' } });
  });
});

describe('findTicketCalls, progressively', () => {
  const idOf = (url: string) => Number(url.split('/').pop());

  it('reports each of 30 records as it arrives, before the slowest one, and reads none twice', async () => {
    const fake = fakeTransport();
    const ids = Array.from({ length: 30 }, (_, index) => 801 + index);
    fake.on(
      'GET',
      firstPage,
      json(200, { comments: ids.map((id) => voiceComment(id, id)), meta: { has_more: false } }),
    );
    let answerSlowest: (response: ApiResponse) => void = () => undefined;
    fake.on('GET', '/api/v2/calls/801', () => new Promise<ApiResponse>((resolve) => (answerSlowest = resolve)));
    fake.on('GET', /^\/api\/v2\/calls\/\d+$/, (request) => json(200, { call: storedCall({ id: idOf(request.url) }) }));
    const reads: CallRead[] = [];
    const announced: number[] = [];

    const done = findTicketCalls(fake.transport, 42, {
      onCallIds: (found) => announced.push(...found),
      onRead: (read) => reads.push(read),
    });
    await vi.waitFor(() => {
      expect(reads).toHaveLength(29);
    });
    expect(announced).toEqual(ids);
    expect(reads.map((read) => read.callId)).not.toContain(801);

    answerSlowest(json(200, { call: storedCall({ id: 801 }) }));
    const result = await done;
    expect(reads.map((read) => read.callId).sort()).toEqual(ids);
    expect(result.calls).toHaveLength(30);
    const recordReads = fake.requests.filter((request) => request.url.startsWith('/api/v2/calls/'));
    expect(new Set(recordReads.map((request) => request.url)).size).toBe(recordReads.length);
    expect(recordReads).toHaveLength(30);
  });

  it('starts reading the records of the first page of comments before the next page is answered', async () => {
    const fake = fakeTransport();
    fake.on(
      'GET',
      firstPage,
      json(200, {
        comments: [voiceComment(1, 701)],
        meta: { has_more: true },
        links: { next: '/api/v2/tickets/42/comments.json?page%5Bafter%5D=b' },
      }),
    );
    let answerSecondPage: (response: ApiResponse) => void = () => undefined;
    fake.on(
      'GET',
      '/api/v2/tickets/42/comments.json?page%5Bafter%5D=b',
      () => new Promise((resolve) => (answerSecondPage = resolve)),
    );
    fake.on('GET', /^\/api\/v2\/calls\/\d+$/, (request) => json(200, { call: storedCall({ id: idOf(request.url) }) }));
    const reads: CallRead[] = [];
    const done = findTicketCalls(fake.transport, 42, { onRead: (read) => reads.push(read) });
    await vi.waitFor(() => {
      expect(reads.map((read) => read.callId)).toEqual([701]);
    });
    answerSecondPage(json(200, { comments: [voiceComment(2, 701), voiceComment(3, 702)], meta: { has_more: false } }));
    expect((await done).calls.map((call) => call.id).sort()).toEqual([701, 702]);
    expect(fake.requests.filter((request) => request.url === '/api/v2/calls/701')).toHaveLength(1);
  });

  it('reports a record that cannot be read as it settles, with its problem', async () => {
    const fake = fakeTransport();
    fake.on('GET', firstPage, json(200, { comments: [voiceComment(1, 701)], meta: { has_more: false } }));
    fake.on('GET', '/api/v2/calls/701', json(500, ''));
    const reads: CallRead[] = [];
    await findTicketCalls(fake.transport, 42, { onRead: (read) => reads.push(read) });
    expect(reads).toEqual([{ callId: 701, problem: { kind: 'server', status: 500, description: null } }]);
  });
});

describe('readCall', () => {
  it('reads only the one record, and says why when it cannot', async () => {
    const fake = fakeTransport();
    fake.on('GET', '/api/v2/calls/702', json(200, { result: 'ok' }), 1);
    fake.on('GET', '/api/v2/calls/702', json(200, { call: storedCall({ id: 702 }) }), 1);
    expect(await readCall(fake.transport, 702)).toMatchObject({ callId: 702, problem: { kind: 'unexpected' } });
    expect(await readCall(fake.transport, 702)).toMatchObject({ callId: 702, call: { id: 702 } });
    expect(fake.requests.map((request) => request.url)).toEqual(['/api/v2/calls/702', '/api/v2/calls/702']);
  });
});

describe('toRelativeApiUrl', () => {
  it('keeps the path and query of an absolute link', () => {
    expect(toRelativeApiUrl('https://acme.zendesk.com/api/v2/tickets/1/comments.json?page%5Bafter%5D=x')).toBe(
      '/api/v2/tickets/1/comments.json?page%5Bafter%5D=x',
    );
  });
  it('refuses a link outside the API', () => {
    expect(() => toRelativeApiUrl('https://evil.example/steal')).toThrow();
  });
});
