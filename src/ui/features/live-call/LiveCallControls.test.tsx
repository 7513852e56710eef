import { act, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { CallRecord } from '../../../calls/schema';
import { storedCall } from '../../../test/callFixtures';
import { fakeTransport, json } from '../../../test/fakeTransport';
import type { FakeTransport } from '../../../test/fakeTransport';
import { renderWithSession, testSession } from '../../../test/renderWithSession';
import { LiveCallControls } from './LiveCallControls';

const NOW = Date.parse('2024-01-17T18:35:00Z');
const live = storedCall({ id: 7001, ticket_id: 42, call_started_at: '2024-01-17T18:30:00Z' });

/** The controls with the record kept as the sidebar keeps it: replaced by what Zendesk answers. */
function Harness({ initial }: { initial: CallRecord }) {
  const [call, setCall] = useState(initial);
  return <LiveCallControls call={call} onStored={setCall} />;
}

function setup(api: FakeTransport, call: CallRecord = live, settings = testSession().settings) {
  renderWithSession(<Harness initial={call} />, { session: testSession({ settings }, api) });
  return userEvent.setup();
}

const patchBodies = (api: FakeTransport) =>
  api.requests.filter((request) => request.method === 'PATCH').map((request) => request.body);

beforeEach(() => {
  vi.useFakeTimers({ toFake: ['Date', 'setInterval', 'clearInterval'], now: NOW });
});
afterEach(() => {
  vi.useRealTimers();
  window.localStorage.clear();
});

describe('LiveCallControls', { timeout: 20_000 }, () => {
  it('holds and resumes, then ends the call in one PATCH even on a double click', async () => {
    const api = fakeTransport();
    api.on('PATCH', '/api/v2/calls/7001', (request) =>
      json(200, { call: { ...live, ...(request.body as { call: object }).call } }),
    );
    const user = setup(api);
    expect(screen.getByRole('timer')).toHaveTextContent('0:05:00');
    await user.click(screen.getByRole('button', { name: 'Hold' }));
    act(() => {
      vi.advanceTimersByTime(42_000);
    });
    expect(screen.getByText('On hold 0:00:42')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Resume' }));
    expect(screen.queryByText(/On hold/)).toBeNull();

    await user.dblClick(screen.getByRole('button', { name: 'End call' }));
    // The wrap-up is its own chunk: its first import takes a moment.
    expect(await screen.findByRole('heading', { name: 'Wrap up' }, { timeout: 10_000 })).toBeInTheDocument();
    expect(screen.queryByRole('timer')).toBeNull();
    expect(patchBodies(api)).toHaveLength(1);
    expect(patchBodies(api)[0]).toEqual({
      call: expect.objectContaining({
        completion_status: 'completed',
        duration: 342,
        hold_time: 42,
        talk_time: 300,
      }) as object,
    });
    expect(screen.getByRole('combobox', { name: 'Outcome' })).toHaveValue('completed');
  });

  it('keeps the call live and says why when Zendesk asks to wait', async () => {
    const api = fakeTransport();
    api.on('PATCH', '/api/v2/calls/7001', json(429, { error: 'TooManyRequests' }, { 'retry-after': '30' }), 1);
    const user = setup(api);
    await user.click(screen.getByRole('button', { name: 'End call' }));
    expect(await screen.findByRole('alert')).toHaveTextContent(/30 seconds/);
    expect(screen.getByRole('button', { name: /Try again in 30 s/ })).toBeDisabled();
    expect(screen.getByRole('timer')).toBeInTheDocument();
  });

  it('ends the call with another outcome in two clicks: the chevron beside End call, then the outcome', async () => {
    const api = fakeTransport();
    api.on('PATCH', '/api/v2/calls/7001', (request) =>
      json(200, { call: { ...live, ...(request.body as { call: object }).call } }),
    );
    const user = setup(api);
    const chevron = screen.getByRole('button', { name: 'Other outcomes' });
    expect(chevron).toHaveAttribute('aria-expanded', 'false');
    expect(screen.queryByRole('button', { name: 'Abandoned on hold' })).toBeNull();

    await user.click(chevron);
    expect(chevron).toHaveAttribute('aria-expanded', 'true');
    await user.click(
      within(screen.getByRole('group', { name: 'End as' })).getByRole('button', { name: 'Abandoned on hold' }),
    );
    expect(await screen.findByRole('heading', { name: 'Wrap up' }, { timeout: 10_000 })).toBeInTheDocument();
    expect(patchBodies(api)).toEqual([
      { call: expect.objectContaining({ completion_status: 'abandoned_on_hold', duration: 300 }) as object },
    ]);
    // The wrap-up starts from the outcome the agent chose.
    expect(screen.getByRole('combobox', { name: 'Outcome' })).toHaveValue('abandoned_on_hold');
  });

  it('asks a call started days ago for its real end instead of storing days', async () => {
    const api = fakeTransport();
    api.on('PATCH', '/api/v2/calls/7002', (request) =>
      json(200, { call: { ...stale, ...(request.body as { call: object }).call } }),
    );
    const stale = storedCall({ id: 7002, ticket_id: 42, call_started_at: '2024-01-14T18:30:00Z' });
    const user = setup(api, stale);
    expect(screen.getByText('Not ended')).toBeInTheDocument();
    expect(screen.queryByRole('timer')).toBeNull();
    await user.click(screen.getByRole('button', { name: 'End call' }));
    expect(api.requests).toHaveLength(0);
    // The agent's zone is Berlin: 19:40 there is 18:40 UTC; they type it the way their locale (en-US) writes it.
    const end = await screen.findByRole('textbox', { name: 'When did the call end?' });
    expect(end).toHaveAccessibleDescription('Time zone: Central European Time');
    await user.type(end, '01/14/2024, 07:40 PM');
    await user.click(screen.getByRole('button', { name: 'Save end' }));
    await waitFor(() => {
      expect(patchBodies(api)).toEqual([
        { call: expect.objectContaining({ call_ended_at: '2024-01-14T18:40:00Z', duration: 600 }) as object },
      ]);
    });
  });

  it('refuses a wrap-up without a disposition when the admin requires one', async () => {
    const api = fakeTransport();
    api.on('PATCH', '/api/v2/calls/7001', (request) =>
      json(200, { call: { ...live, ...(request.body as { call: object }).call } }),
    );
    const settings = { ...testSession().settings, dispositionRequired: true };
    const user = setup(api, live, settings);
    await user.click(screen.getByRole('button', { name: 'End call' }));
    await user.click(await screen.findByRole('button', { name: 'Save' }, { timeout: 10_000 }));
    expect(screen.getByText('Choose a disposition.')).toBeInTheDocument();
    expect(patchBodies(api)).toHaveLength(1);
  });
});
