import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { ApiRequest } from '../../../calls/transport';
import { storedCall } from '../../../test/callFixtures';
import { fakeTransport, json } from '../../../test/fakeTransport';
import type { FakeTransport } from '../../../test/fakeTransport';
import { renderWithSession, testSession } from '../../../test/renderWithSession';
import { LogCallForm } from './LogCallForm';

const NOW = new Date('2024-01-17T18:30:00Z');

function setup(api: FakeTransport) {
  const onLogged = vi.fn();
  const view = renderWithSession(<LogCallForm onLogged={onLogged} onCancel={vi.fn()} />, {
    session: testSession({}, api),
  });
  return { ...view, onLogged, user: userEvent.setup() };
}

const sentCall = (request: ApiRequest | undefined) =>
  (request?.body as { call: Record<string, unknown> } | undefined)?.call ?? {};

/** Zendesk on a strict account: stores the 2024 fields, drops summary and language, and answers 201 anyway. */
function strictZendesk(api: FakeTransport) {
  api.on('POST', '/api/v2/calls', (request) => {
    const answer: Partial<ReturnType<typeof storedCall>> = {
      ...storedCall({ id: 7010, ticket_id: 42 }),
      ...sentCall(request),
    };
    delete answer.summary;
    delete answer.language;
    return json(201, { call: answer });
  });
}

beforeEach(() => {
  vi.useFakeTimers({ toFake: ['Date'], now: NOW });
});
afterEach(() => {
  vi.useRealTimers();
});

describe('LogCallForm on an account that drops fields', { timeout: 20_000 }, () => {
  it('says which fields Zendesk did not keep, keeps what was typed, and offers them no more', async () => {
    const api = fakeTransport();
    strictZendesk(api);
    const first = setup(api);
    await first.user.click(screen.getByRole('button', { name: /^Outcome/ }));
    await first.user.type(screen.getByRole('textbox', { name: 'Summary' }), 'Refund agreed');
    await first.user.type(screen.getByRole('textbox', { name: 'Language' }), 'de');
    await first.user.click(screen.getByRole('button', { name: 'Log call' }));

    await waitFor(() => {
      expect(first.onLogged).toHaveBeenCalledWith(expect.objectContaining({ notKept: ['language', 'summary'] }));
    });
    // The notice's box loads with the first notice shown.
    expect(
      await screen.findByText(
        'Zendesk did not keep: Language, Summary. Everything else is saved; what you typed there is kept in Update call.',
      ),
    ).toBeInTheDocument();
    // What was typed waits in the new call's update form.
    expect(JSON.parse(window.localStorage.getItem('call-logger:draft:77:42:update:7010') ?? '{}')).toMatchObject({
      call: { summary: 'Refund agreed', language: 'de' },
    });
    first.unmount();

    const second = setup(api);
    await second.user.click(screen.getByRole('button', { name: /^Outcome/ }));
    expect(screen.queryByRole('textbox', { name: 'Summary' })).not.toBeInTheDocument();
    const note = screen.getByRole('group', { name: 'Summary' });
    expect(
      within(note).getByText('Zendesk does not keep this field on this account, so it is not sent.'),
    ).toBeVisible();
    expect(screen.getByRole('textbox', { name: 'Disposition' })).toBeInTheDocument();

    await second.user.click(screen.getByRole('button', { name: 'Log call' }));
    await waitFor(() => {
      expect(second.onLogged).toHaveBeenCalledTimes(1);
    });
    expect(sentCall(api.requests[1])).not.toHaveProperty('summary');
    expect(second.onLogged).toHaveBeenCalledWith(expect.objectContaining({ notKept: [] }));
  });
});
