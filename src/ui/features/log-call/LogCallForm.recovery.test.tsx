import { act, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { ApiRequest } from '../../../calls/transport';
import { storedCall, voiceComment } from '../../../test/callFixtures';
import { fakeTransport, json } from '../../../test/fakeTransport';
import type { FakeTransport } from '../../../test/fakeTransport';
import { renderWithSession, testSession } from '../../../test/renderWithSession';
import { draftKey } from '../../shared/session/SessionProvider';
import { LogCallForm } from './LogCallForm';

const NOW = new Date('2024-01-17T18:30:00Z');
const DRAFT_KEY = draftKey(testSession(), 'log');

function setup(api: FakeTransport) {
  const onLogged = vi.fn();
  const view = renderWithSession(<LogCallForm onLogged={onLogged} onCancel={vi.fn()} />, {
    session: testSession({}, api),
  });
  return { ...view, onLogged, user: userEvent.setup({ delay: null }) };
}

const submit = () => screen.getByRole('button', { name: 'Log call' });
const posts = (api: FakeTransport) => api.requests.filter((request) => request.method === 'POST');
const externalIdOf = (request: ApiRequest | undefined): unknown =>
  (request?.body as { call?: { external_id?: unknown } } | undefined)?.call?.external_id;

/** The ticket's comments and records: `calls()` decides, at each look, which calls are on the ticket. */
function ticket(api: FakeTransport, calls: () => ReturnType<typeof storedCall>[]) {
  api.on('GET', /^\/api\/v2\/tickets\/42\/comments/, () =>
    json(200, { comments: calls().map((call, index) => voiceComment(index + 1, call.id)), meta: { has_more: false } }),
  );
  api.on('GET', /^\/api\/v2\/calls\/\d+$/, (request) =>
    json(200, { call: calls().find((call) => request.url.endsWith(`/${call.id}`)) }),
  );
}

/** Lets the clock run `ms` (timers and Date), settling the promises between. */
async function elapse(ms: number) {
  await act(async () => {
    await vi.advanceTimersByTimeAsync(ms);
  });
}

beforeEach(() => {
  vi.useFakeTimers({ toFake: ['Date', 'setTimeout', 'clearTimeout'], now: NOW });
  // Testing Library drives fake timers it believes are Jest's: while it waits, the clock runs.
  vi.stubGlobal('jest', { advanceTimersByTime: (ms: number) => vi.advanceTimersByTime(ms) });
});
afterEach(() => {
  vi.unstubAllGlobals();
  vi.useRealTimers();
});

describe('LogCallForm when Zendesk’s answer is lost', { timeout: 20_000 }, () => {
  it('after a timeout, says it is checking, holds Log call, and shows the call Zendesk stored meanwhile', async () => {
    const api = fakeTransport();
    let stored: ReturnType<typeof storedCall>[] = [];
    api.on('POST', '/api/v2/calls', (request) => {
      // Zendesk stores the call 5 s after the app gave up waiting.
      setTimeout(
        () => (stored = [storedCall({ id: 7003, ticket_id: 42, external_id: externalIdOf(request) as string })]),
        5_000,
      );
      return new Error('Zendesk did not answer within 30 seconds');
    });
    ticket(api, () => stored);
    const { user, onLogged } = setup(api);
    await user.click(submit());

    expect(await screen.findByText(/Checking whether Zendesk stored the call…/)).toBeInTheDocument();
    expect(screen.getByRole('button', { name: /Saving/ })).toBeDisabled();
    await user.keyboard('{Enter}');
    await elapse(8_000);
    await waitFor(() => {
      expect(onLogged).toHaveBeenCalledWith(expect.objectContaining({ call: stored[0], recovered: true }));
    });
    expect(posts(api)).toHaveLength(1);
    expect(typeof externalIdOf(posts(api)[0])).toBe('string');
  });

  it('after looking for 45 s offers a resend, which looks once more and sends the same external_id', async () => {
    const api = fakeTransport();
    api.on('POST', '/api/v2/calls', new Error('connection reset'), 1);
    api.on('POST', '/api/v2/calls', (request) =>
      json(201, { call: storedCall({ id: 7004, external_id: externalIdOf(request) as string }) }),
    );
    ticket(api, () => []);
    const { user, onLogged } = setup(api);
    await user.clear(screen.getByRole('textbox', { name: 'From' }));
    await user.type(screen.getByRole('textbox', { name: 'From' }), '+14155550111');
    await user.click(submit());
    await screen.findByText(/Checking whether Zendesk stored the call…/);
    await elapse(45_000);

    expect(await screen.findByText(/Zendesk has not stored this call so far/)).toBeInTheDocument();
    expect(await screen.findByText(/Zendesk could not be reached. Your entries are kept/)).toBeInTheDocument();
    expect(screen.getByRole('textbox', { name: 'From' })).toHaveValue('+14155550111');
    expect(submit()).toBeEnabled();
    const looksBefore = api.requests.filter((request) => request.url.includes('/comments')).length;

    await user.click(submit());
    await waitFor(() => {
      expect(onLogged).toHaveBeenCalledWith(expect.objectContaining({ recovered: false }));
    });
    expect(api.requests.filter((request) => request.url.includes('/comments')).length).toBe(looksBefore + 1);
    const [first, second] = posts(api);
    expect(externalIdOf(second)).toBe(externalIdOf(first));
  });

  it('a resend sends nothing when the first send has turned up by then', async () => {
    const api = fakeTransport();
    let stored: ReturnType<typeof storedCall>[] = [];
    let firstId: unknown = null;
    api.on('POST', '/api/v2/calls', (request) => {
      firstId = externalIdOf(request);
      return new Error('connection reset');
    });
    ticket(api, () => stored);
    const { user, onLogged } = setup(api);
    await user.click(submit());
    await screen.findByText(/Checking whether Zendesk stored the call…/);
    await elapse(45_000);
    await screen.findByText(/Zendesk has not stored this call so far/);

    stored = [storedCall({ id: 7005, ticket_id: 42, external_id: firstId as string })];
    await user.click(submit());
    await waitFor(() => {
      expect(onLogged).toHaveBeenCalledWith(expect.objectContaining({ call: stored[0], recovered: true }));
    });
    expect(posts(api)).toHaveLength(1);
  });

  it('reopened after a reload mid-create, finds the pending call by its external_id instead of offering to log it', async () => {
    const id = 'draft-id-1';
    window.localStorage.setItem(
      DRAFT_KEY,
      JSON.stringify({
        savedAt: NOW.getTime(),
        call: { from_line: '+14155550177' },
        comment: null,
        externalId: id,
        sentAt: NOW.getTime(),
      }),
    );
    const api = fakeTransport();
    const stored = storedCall({ id: 7006, ticket_id: 42, external_id: id, from_line: '+14155550177' });
    ticket(api, () => [storedCall({ id: 7000, external_id: 'another' }), stored]);
    const { onLogged } = setup(api);

    expect(await screen.findByText(/Checking whether Zendesk stored the call…/)).toBeInTheDocument();
    await waitFor(() => {
      expect(onLogged).toHaveBeenCalledWith(expect.objectContaining({ call: stored, recovered: true }));
    });
    expect(posts(api)).toHaveLength(0);
    expect(window.localStorage.getItem(DRAFT_KEY)).toBeNull();
  });

  it('keeps the draft’s external_id and the fact it was sent while the answer is out, for a reload', async () => {
    const api = fakeTransport();
    api.on('POST', '/api/v2/calls', () => new Promise(() => undefined));
    const { user } = setup(api);
    await user.click(submit());
    await waitFor(() => {
      expect(posts(api)).toHaveLength(1);
    });
    const saved = JSON.parse(window.localStorage.getItem(DRAFT_KEY) ?? '{}') as Record<string, unknown>;
    expect(saved).toMatchObject({ externalId: externalIdOf(posts(api)[0]), sentAt: expect.any(Number) as number });
    expect(saved.sentAt).toBeGreaterThanOrEqual(NOW.getTime());
    expect(saved.call).toMatchObject({ from_line: '+14155550123', direction: 'inbound' });
  });
});
