import { screen, waitFor } from '@testing-library/react';
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

function Harness({ initial }: { initial: CallRecord }) {
  const [call, setCall] = useState(initial);
  return <LiveCallControls call={call} onStored={setCall} />;
}

/** End call is stored; the wrap-up's save then meets `failure`. */
async function wrapUpMeeting(failure: ReturnType<typeof json>) {
  const api: FakeTransport = fakeTransport();
  api.on(
    'PATCH',
    '/api/v2/calls/7001',
    (request) => json(200, { call: { ...live, ...(request.body as { call: object }).call } }),
    1,
  );
  api.on('PATCH', '/api/v2/calls/7001', failure, 1);
  renderWithSession(<Harness initial={live} />, { session: testSession({}, api) });
  const user = userEvent.setup();
  await user.click(screen.getByRole('button', { name: 'End call' }));
  const disposition = await screen.findByRole('textbox', { name: 'Disposition' }, { timeout: 10_000 });
  await user.type(disposition, 'Refund agreed');
  await user.click(screen.getByRole('button', { name: 'Save' }));
  return { api, disposition };
}

beforeEach(() => {
  vi.useFakeTimers({ toFake: ['Date'], now: NOW });
});
afterEach(() => {
  vi.useRealTimers();
});

describe('the wrap-up when its save fails', { timeout: 20_000 }, () => {
  it('a 503 says Zendesk had a problem, keeps what was typed, and stays open to try again', async () => {
    const { api, disposition } = await wrapUpMeeting(json(503, 'Service Unavailable'));
    expect(await screen.findByRole('alert')).toHaveTextContent(
      'Zendesk had a problem (error 503). Your entries are kept',
    );
    expect(disposition).toHaveValue('Refund agreed');
    expect(screen.getByRole('button', { name: 'Save' })).toBeEnabled();
    await waitFor(() => {
      expect(api.requests.filter((request) => request.method === 'PATCH')).toHaveLength(2);
    });
  });

  it('a 503 with Retry-After counts down and holds Save', async () => {
    await wrapUpMeeting(json(503, null, { 'retry-after': '20' }));
    expect(await screen.findByRole('button', { name: 'Try again in 20 s' })).toBeDisabled();
  });
});
