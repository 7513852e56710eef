import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { storedCall } from '../../../test/callFixtures';
import { fakeTransport, json } from '../../../test/fakeTransport';
import { renderWithSession, testSession } from '../../../test/renderWithSession';
import { UpdateCallForm } from './UpdateCallForm';

const NOW = new Date('2024-01-17T18:45:30Z');
const record = storedCall({ id: 7001, ticket_id: 42, call_started_at: '2024-01-17T18:30:00Z' });

beforeEach(() => {
  vi.useFakeTimers({ toFake: ['Date'], now: NOW });
});
afterEach(() => {
  vi.useRealTimers();
});

describe('UpdateCallForm on an account that drops fields', { timeout: 20_000 }, () => {
  it('names the field Zendesk answered 200 without, and shows what was typed in its place next time', async () => {
    const api = fakeTransport();
    api.on('GET', '/api/v2/calls/7001', json(200, { call: record }));
    const answered: Partial<typeof record> = { ...record, call_disposition: 'Refund' };
    delete answered.language;
    api.on('PATCH', '/api/v2/calls/7001', json(200, { call: answered }));
    const onSaved = vi.fn();
    const session = testSession({}, api);
    const first = renderWithSession(<UpdateCallForm record={record} onSaved={onSaved} onCancel={vi.fn()} />, {
      session,
    });
    const user = userEvent.setup();
    await user.type(screen.getByRole('textbox', { name: 'Disposition' }), 'Refund');
    await user.click(screen.getByRole('button', { name: /^Outcome/ }));
    await user.type(screen.getByRole('textbox', { name: 'Language' }), 'de');
    await user.click(screen.getByRole('button', { name: 'Save changes' }));

    await waitFor(() => {
      expect(onSaved).toHaveBeenCalled();
    });
    expect(await screen.findByText(/^Zendesk did not keep: Language\./)).toBeInTheDocument();
    first.unmount();

    renderWithSession(<UpdateCallForm record={answered as typeof record} onSaved={vi.fn()} onCancel={vi.fn()} />, {
      session,
    });
    await user.click(screen.getByRole('button', { name: /^Outcome/ }));
    const note = screen.getByRole('group', { name: 'Language' });
    expect(await within(note).findByText('What you typed: de')).toBeInTheDocument();
    expect(screen.getByText('Your unsaved entries were restored.')).toBeInTheDocument();
    expect(screen.queryByRole('textbox', { name: 'Language' })).not.toBeInTheDocument();
  });
});
