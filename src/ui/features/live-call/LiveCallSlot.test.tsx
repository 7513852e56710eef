import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { liveCallKey, writeLiveCall } from '../../../calls/live/liveStorage';
import { storedCall } from '../../../test/callFixtures';
import { renderWithSession, testSession } from '../../../test/renderWithSession';
import { chunk } from '../../shared/chunk';
import type { Chunk } from '../../shared/chunk';
import type * as ControlsModule from './LiveCallControls';
import { LiveCallSlot } from './LiveCallSlot';

type Controls = typeof ControlsModule;

// The controls' chunk as the browser fetches it, afresh for each test: fails while `offline`, then the real module.
const network = vi.hoisted(() => ({ offline: false, fetches: 0, source: null as Chunk<Controls> | null }));
function source(): Chunk<Controls> {
  network.source ??= chunk(async () => {
    network.fetches += 1;
    if (network.offline) throw new TypeError('Failed to fetch dynamically imported module');
    return import('./LiveCallControls');
  });
  return network.source;
}
vi.mock('./liveControlsChunk', () => ({
  liveControlsChunk: { load: () => source().load(), loaded: () => source().loaded() },
}));

const started = new Date(Date.now() - 60_000).toISOString();
const ended = storedCall({
  id: 8001,
  call_started_at: started,
  call_ended_at: started,
  completion_status: 'completed',
});

afterEach(() => {
  window.localStorage.clear();
  Object.assign(network, { offline: false, fetches: 0, source: null });
});

describe('LiveCallSlot', () => {
  it('shows nothing for a call that is over and wrapped up, and fetches no code for it', () => {
    const { container } = renderWithSession(<LiveCallSlot call={ended} onStored={vi.fn()} />);
    expect(container).not.toHaveTextContent('End call');
    expect(screen.queryByTestId('live-controls-placeholder')).toBeNull();
    expect(network.fetches).toBe(0);
  });

  it('holds the row while a live call’s controls load, then shows its clock and End call there', async () => {
    renderWithSession(<LiveCallSlot call={storedCall({ id: 8002, call_started_at: started })} onStored={vi.fn()} />);
    expect(screen.getByTestId('live-controls-placeholder')).toBeInTheDocument();
    expect(await screen.findByRole('button', { name: 'End call' })).toBeEnabled();
    expect(screen.getByRole('timer')).toHaveTextContent(/^0:01:0\d$/);
    expect(screen.queryByTestId('live-controls-placeholder')).toBeNull();
  });

  it('shows the wrap-up of an ended call whose End call was pressed here before a reload', async () => {
    writeLiveCall(liveCallKey(testSession().installationId, 8003), { holds: [], endedAt: Date.now() - 5_000 });
    renderWithSession(<LiveCallSlot call={{ ...ended, id: 8003 }} onStored={vi.fn()} />);
    expect(await screen.findByRole('heading', { name: 'Wrap up' }, { timeout: 5_000 })).toBeInTheDocument();
  });

  it('says the controls could not be loaded, with a Try again that loads them in place', async () => {
    network.offline = true;
    renderWithSession(<LiveCallSlot call={storedCall({ id: 8004, call_started_at: started })} onStored={vi.fn()} />);
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('The call’s controls could not be loaded');
    expect(alert).toHaveTextContent('Nothing about the call is lost. Check your connection, then try again.');
    expect(screen.queryByRole('button', { name: 'End call' })).toBeNull();

    network.offline = false;
    await userEvent.setup().click(within(alert).getByRole('button', { name: 'Try again' }));
    expect(await screen.findByRole('button', { name: 'End call' })).toBeEnabled();
    await waitFor(() => {
      expect(screen.queryByRole('alert')).toBeNull();
    });
  });
});
