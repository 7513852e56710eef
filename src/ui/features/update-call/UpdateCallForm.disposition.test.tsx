import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { parseAppSettings } from '../../../calls/settings';
import { storedCall } from '../../../test/callFixtures';
import { fakeTransport, json } from '../../../test/fakeTransport';
import { renderWithSession, testSession } from '../../../test/renderWithSession';
import { UpdateCallForm } from './UpdateCallForm';

const NOW = new Date('2024-01-17T18:45:30Z');
const record = storedCall({
  id: 7001,
  ticket_id: 42,
  call_started_at: '2024-01-17T18:30:00Z',
  call_disposition: 'Billing question',
});

function setup(dispositions: string) {
  const api = fakeTransport();
  api.on('GET', '/api/v2/calls/7001', json(200, { call: record }));
  api.on('PATCH', '/api/v2/calls/7001', json(200, { call: { ...record, call_disposition: 'Support: Solved' } }));
  const settings = parseAppSettings({ company_line: '+14155550100', default_country: 'US', dispositions });
  const onSaved = vi.fn();
  renderWithSession(<UpdateCallForm record={record} onSaved={onSaved} onCancel={vi.fn()} />, {
    session: testSession({ settings }, api),
  });
  return { api, onSaved, user: userEvent.setup() };
}

beforeEach(() => {
  vi.useFakeTimers({ toFake: ['Date'], now: NOW });
});
afterEach(() => {
  vi.useRealTimers();
  window.localStorage.clear();
});

describe('UpdateCallForm’s disposition', { timeout: 20_000 }, () => {
  it('is the wrap-up’s combobox over the admin’s list, keeping a stored value that is not on it', async () => {
    const { api, onSaved, user } = setup('Sales: Upgrade\nSupport: Solved');
    // The combobox is its own chunk: its first import takes a moment.
    const disposition = await screen.findByLabelText(
      'Disposition',
      { selector: 'input[role="combobox"]' },
      { timeout: 10_000 },
    );
    expect(disposition).toHaveValue('Billing question');
    expect(screen.getByText('Billing question')).toBeVisible();

    // Garden shows the chosen value over the input until the agent clicks the field.
    await user.click(screen.getByText('Billing question'));
    await user.clear(disposition);
    await user.type(disposition, 'sol');
    expect(screen.queryByRole('option', { name: 'Upgrade' })).toBeNull();
    await user.click(screen.getByRole('option', { name: 'Solved' }));
    await user.click(screen.getByRole('button', { name: 'Save changes' }));

    await waitFor(() => {
      expect(onSaved).toHaveBeenCalled();
    });
    expect(api.requests.filter((request) => request.method === 'PATCH').map((request) => request.body)).toEqual([
      { call: { call_disposition: 'Support: Solved' } },
    ]);
  });

  it('stays free text when the admin listed none', () => {
    setup('');
    expect(screen.getByRole('textbox', { name: 'Disposition' })).toHaveValue('Billing question');
    expect(screen.queryByLabelText('Disposition', { selector: 'input[role="combobox"]' })).toBeNull();
  });
});
