import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { storedCall } from '../../../test/callFixtures';
import { fakeTransport, json } from '../../../test/fakeTransport';
import { renderWithSession, testSession } from '../../../test/renderWithSession';
import { LogCallForm } from './LogCallForm';

const NOW = new Date('2024-01-17T18:30:00Z');

/** The form as a German agent in Berlin sees it, whatever the browser's own locale and zone. */
function setupGerman() {
  const api = fakeTransport();
  api.on('POST', '/api/v2/calls', json(201, { call: storedCall({ id: 7001, ticket_id: 42 }) }));
  const onLogged = vi.fn();
  renderWithSession(<LogCallForm onLogged={onLogged} onCancel={vi.fn()} />, {
    session: testSession({}, api),
    locale: 'de',
    timeZone: 'Europe/Berlin',
  });
  return { api, onLogged, user: userEvent.setup() };
}

const started = () => screen.getByRole('textbox', { name: 'Beginn' });
const submit = () => screen.getByRole('button', { name: 'Anruf erfassen' });
const sentStart = (api: ReturnType<typeof fakeTransport>) =>
  (api.requests[0]?.body as { call: { call_started_at: string } } | undefined)?.call.call_started_at;

beforeEach(() => {
  vi.useFakeTimers({ toFake: ['Date'], now: NOW });
});
afterEach(() => {
  vi.useRealTimers();
});

describe('LogCallForm for a German agent', { timeout: 20_000 }, () => {
  it('shows the start the German way, in the agent’s zone named as people say it', async () => {
    setupGerman();
    expect(await screen.findByRole('textbox', { name: 'Beginn' })).toHaveValue('17.01.2024, 19:30');
    expect(started()).toHaveAccessibleDescription('Zeitzone: Mitteleuropäische Zeit');
  });

  it('logs a typed start as the instant the agent meant', async () => {
    const { api, onLogged, user } = setupGerman();
    await screen.findByRole('textbox', { name: 'Beginn' });
    await user.clear(started());
    await user.type(started(), '17.01.2024, 19:05');
    await user.click(submit());

    await waitFor(() => {
      expect(onLogged).toHaveBeenCalled();
    });
    expect(api.requests).toHaveLength(1);
    expect(Date.parse(sentStart(api) ?? '')).toBe(Date.parse('2024-01-17T18:05:00Z'));
  });

  it('reads a start typed the short way and writes it out once the agent leaves the field', async () => {
    const { api, user } = setupGerman();
    await screen.findByRole('textbox', { name: 'Beginn' });
    await user.clear(started());
    await user.type(started(), '17.1.24 9:05');
    await user.tab();
    expect(started()).toHaveValue('17.01.2024, 09:05');
    await user.click(submit());

    await waitFor(() => {
      expect(api.requests).toHaveLength(1);
    });
    expect(Date.parse(sentStart(api) ?? '')).toBe(Date.parse('2024-01-17T08:05:00Z'));
  });

  it('keeps an unreadable start as typed, says what it takes, and sends nothing', async () => {
    const { api, user } = setupGerman();
    await screen.findByRole('textbox', { name: 'Beginn' });
    await user.clear(started());
    await user.type(started(), 'gestern 19:05');
    await user.click(submit());

    expect(await screen.findByText('Geben Sie Datum und Uhrzeit ein, z. B. 17.01.2024, 19:29.')).toBeInTheDocument();
    expect(started()).toHaveValue('gestern 19:05');
    expect(started()).toHaveAttribute('aria-invalid', 'true');
    expect(api.requests).toHaveLength(0);
  });

  it('“Jetzt” puts this moment back in the German pattern', async () => {
    const { user } = setupGerman();
    await screen.findByRole('textbox', { name: 'Beginn' });
    await user.clear(started());
    await user.type(started(), 'x');
    await user.click(screen.getByRole('button', { name: 'Jetzt' }));
    expect(started()).toHaveValue('17.01.2024, 19:30');
  });
});
