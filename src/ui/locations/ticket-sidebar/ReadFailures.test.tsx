import { act, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { FAULT_SHAPES } from '../../../../sandbox/shared/faultShapes';
import type { ApiResponse } from '../../../calls/transport';
import { storedCall, voiceComment } from '../../../test/callFixtures';
import { fakeTransport, json } from '../../../test/fakeTransport';
import type { FakeTransport } from '../../../test/fakeTransport';
import { renderWithSession, testSession } from '../../../test/renderWithSession';
import { CallLogger } from './CallLogger';
import type * as LazyForms from './lazyForms';

vi.mock('./lazyForms', async (importOriginal) => {
  const actual = await importOriginal<typeof LazyForms>();
  return { ...actual, preloadForms: vi.fn(() => undefined) };
});

const COMMENTS = /^\/api\/v2\/tickets\/42\/comments/;
const idOf = (url: string) => Number(url.split('/').pop());

function ticketWithCalls(callIds: number[]): FakeTransport {
  const api = fakeTransport();
  api.on(
    'GET',
    COMMENTS,
    json(200, { comments: callIds.map((id) => voiceComment(id, id)), meta: { has_more: false } }),
  );
  return api;
}

const shape = (name: keyof typeof FAULT_SHAPES): ApiResponse => {
  const fault: { status: number; body: unknown; contentType?: string } = FAULT_SHAPES[name];
  return json(fault.status, fault.body, fault.contentType === undefined ? {} : { 'content-type': fault.contentType });
};

function renderSidebar(api: FakeTransport) {
  return renderWithSession(<CallLogger />, { session: testSession({}, api) });
}

const unreadableCards = () => screen.queryAllByRole('group', { name: 'This call could not be loaded' });

describe('a ticket whose calls cannot all be read', () => {
  it.each([
    ['a 500', json(500, { error: 'InternalError', description: 'Oops' })],
    ['a 404', json(404, { error: 'RecordNotFound', description: 'Not found' })],
    ['a timeout', new Error('Zendesk did not answer within 30 seconds')],
  ])(
    'lists the call Zendesk answered with %s as a card of its own, counted, and never as "no calls"',
    async (_, answer) => {
      const api = ticketWithCalls([701, 702]);
      api.on('GET', '/api/v2/calls/701', json(200, { call: storedCall({ id: 701 }) }));
      api.on('GET', '/api/v2/calls/702', answer);
      renderSidebar(api);

      // The card's callout is a chunk of its own: the first test to show one waits for it to load.
      const [card] = await vi.waitFor(
        () => {
          const found = unreadableCards();
          expect(found).toHaveLength(1);
          return found;
        },
        { timeout: 5000 },
      );
      expect(within(card as HTMLElement).getByText('Call ID 702')).toBeInTheDocument();
      expect(screen.getByText('2 calls')).toBeInTheDocument();
      expect(screen.getAllByRole('listitem')).toHaveLength(2);
      expect(screen.queryByText('No calls logged on this ticket yet.')).not.toBeInTheDocument();
      expect(document.body.textContent).not.toMatch(/entries/i);
    },
  );

  it('counts a ticket whose only call cannot be read as one call, not as an empty ticket', async () => {
    const api = ticketWithCalls([702]);
    api.on('GET', '/api/v2/calls/702', json(503, ''));
    renderSidebar(api);
    expect(await screen.findByText('This call could not be loaded')).toBeInTheDocument();
    expect(screen.getByText('1 call')).toBeInTheDocument();
    expect(screen.getByText(/Zendesk had a problem \(error 503\) while reading/)).toBeInTheDocument();
    expect(screen.queryByText('No calls logged on this ticket yet.')).not.toBeInTheDocument();
  });

  it('Retry reads only that one record and turns the card into the call', async () => {
    const api = ticketWithCalls([701, 702]);
    api.on('GET', '/api/v2/calls/701', json(200, { call: storedCall({ id: 701, from_line: '+14155550111' }) }));
    api.on('GET', '/api/v2/calls/702', json(500, ''), 1);
    api.on('GET', '/api/v2/calls/702', json(200, { call: storedCall({ id: 702, from_line: '+14155550122' }) }), 1);
    renderSidebar(api);
    await screen.findByText('Call ID 702');
    const before = api.requests.length;

    await userEvent.click(screen.getByRole('button', { name: 'Try again' }));

    expect(await screen.findByText(/\+14155550122/)).toBeInTheDocument();
    expect(unreadableCards()).toHaveLength(0);
    expect(api.requests.slice(before).map((request) => `${request.method} ${request.url}`)).toEqual([
      'GET /api/v2/calls/702',
    ]);
    expect(screen.getByText('2 calls')).toBeInTheDocument();
  });

  it.each([
    ['missing `call`', 'missingCall'],
    ['wrong types', 'wrongTypes'],
    ['an HTML error page', 'htmlErrorPage'],
    ['an empty body', 'emptyBody'],
    ['a body cut short', 'notJson'],
  ] as const)('shows a record answered with %s as a card that says it could not be loaded', async (_, name) => {
    const api = ticketWithCalls([701, 702]);
    api.on('GET', '/api/v2/calls/701', json(200, { call: storedCall({ id: 701 }) }));
    api.on('GET', '/api/v2/calls/702', shape(name));
    renderSidebar(api);
    expect(await screen.findByText('Call ID 702')).toBeInTheDocument();
    expect(screen.getByText('2 calls')).toBeInTheDocument();
    expect(document.body.textContent).not.toMatch(/entries|<html|<!DOCTYPE/i);
  });

  it.each(['htmlErrorPage', 'emptyBody', 'notJson', 'missingCall'] as const)(
    'says in the list’s place that the comments could not be read when they come back as %s',
    async (name) => {
      const api = fakeTransport();
      api.on('GET', COMMENTS, shape(name));
      renderSidebar(api);
      const alert = await screen.findByRole('button', { name: 'Try again' });
      expect(alert).toBeInTheDocument();
      expect(screen.queryByText('No calls logged on this ticket yet.')).not.toBeInTheDocument();
      expect(document.body.textContent).toMatch(/Zendesk/);
      expect(document.body.textContent).not.toMatch(/entries|<html|<!DOCTYPE/i);
    },
  );

  it('shows the unreadable call in the details’ place when the agent had it open before a reload', async () => {
    window.sessionStorage.setItem('call-logger:view:77:42', JSON.stringify({ name: 'call', callId: 702 }));
    const api = ticketWithCalls([702]);
    api.on('GET', '/api/v2/calls/702', shape('wrongTypes'));
    renderSidebar(api);
    expect(await screen.findByText('Call ID 702')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: /All calls/ })).toBeInTheDocument();
    expect(screen.queryByRole('list')).not.toBeInTheDocument();
  });
});

describe('a ticket with 30 calls', () => {
  it('lists its first calls before the last record arrives, newest first, with a quiet row for the rest', async () => {
    const ids = Array.from({ length: 30 }, (_, index) => 801 + index);
    const api = ticketWithCalls(ids);
    let answerSlowest: (response: ApiResponse) => void = () => undefined;
    api.on('GET', '/api/v2/calls/801', () => new Promise<ApiResponse>((resolve) => (answerSlowest = resolve)));
    api.on('GET', /^\/api\/v2\/calls\/\d+$/, (request) => {
      const id = idOf(request.url);
      return json(200, {
        call: storedCall({ id, call_started_at: new Date(Date.UTC(2024, 0, 1, 0, id - 800)).toISOString() }),
      });
    });
    renderSidebar(api);

    await vi.waitFor(() => {
      expect(screen.getAllByRole('listitem')).toHaveLength(29);
    });
    expect(screen.getByRole('status')).toHaveTextContent('Loading 1 more call…');
    expect(screen.getByText('30 calls')).toBeInTheDocument();
    const times = screen.getAllByRole('listitem').map((item) => item.textContent);
    expect(times[0]).toMatch(/1:30 AM/);

    act(() => {
      answerSlowest(json(200, { call: storedCall({ id: 801, call_started_at: '2024-01-01T00:01:00Z' }) }));
    });
    await vi.waitFor(() => {
      expect(screen.getAllByRole('listitem')).toHaveLength(30);
    });
    expect(screen.queryByRole('status')).not.toBeInTheDocument();
    const reads = api.requests.filter((request) => request.url.startsWith('/api/v2/calls/'));
    expect(reads).toHaveLength(30);
    expect(new Set(reads.map((request) => request.url)).size).toBe(30);
  });
});
