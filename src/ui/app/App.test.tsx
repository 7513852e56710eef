import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { storedCall, voiceComment } from '../../test/callFixtures';
import { fakeTransport, json } from '../../test/fakeTransport';
import { fakeZafClient } from '../../test/fakeZafClient';
import { App } from './App';

const commentsUrl = /^\/api\/v2\/tickets\/42\/comments/;

function ticketWithCalls(...calls: ReturnType<typeof storedCall>[]) {
  const api = fakeTransport();
  api.on(
    'GET',
    commentsUrl,
    json(200, { comments: calls.map((call, index) => voiceComment(index + 1, call.id)), meta: { has_more: false } }),
  );
  for (const call of calls) api.on('GET', `/api/v2/calls/${call.id}`, json(200, { call }));
  return api;
}

describe('App', () => {
  it('explains itself when opened outside Zendesk instead of crashing', async () => {
    render(<App client="outsideZendesk" />);
    expect(await screen.findByText('Open Call Logger from a Zendesk ticket')).toBeInTheDocument();
  });

  it('says the SDK could not be loaded when its script was blocked, instead of a blank frame', async () => {
    render(<App client="sdkMissing" />);
    expect(await screen.findByText('Call Logger could not load Zendesk’s app framework')).toBeInTheDocument();
  });

  it('shows its app id and the ticket’s calls, newest first', async () => {
    const api = ticketWithCalls(
      storedCall({ id: 1, call_started_at: '2024-01-16T09:00:00Z', completion_status: 'completed', duration: 75 }),
      storedCall({ id: 2, call_started_at: '2024-01-17T09:00:00Z', direction: 'outbound' }),
    );
    render(<App client={fakeZafClient({ api })} />);

    expect(await screen.findByText('App ID 1003048')).toBeInTheDocument();
    const cards = await screen.findAllByRole('listitem');
    // The live call's controls are their own chunk: the ended call's card never waits for them.
    expect(await within(cards[0] ?? document.body).findByRole('button', { name: 'End call' })).toBeInTheDocument();
    expect(cards.map((card) => card.textContent)).toEqual([
      // Started long ago and never ended: "Not ended", and End call asks for the real end.
      expect.stringMatching(/^↗ Outbound callIn progress.*Jan 17, 2024, 10:00 AM · No duration yetNot endedEnd call$/),
      expect.stringMatching(/^↙ Inbound callCompleted.*Jan 16, 2024, 10:00 AM · 1 min, 15 sec$/),
    ]);
    expect(screen.getByText('2 calls')).toBeInTheDocument();
  });

  it('warns and disables logging when the app has no app id', async () => {
    render(<App client={fakeZafClient({ api: ticketWithCalls(), metadata: { appId: 0 } })} />);
    expect(await screen.findByText('Logging calls is disabled: the app has no app ID')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Log a call' })).toBeDisabled();
  });

  it('speaks the agent’s language, asking the host about the ticket and the agent once', async () => {
    const client = fakeZafClient({
      api: ticketWithCalls(),
      sidebar: { currentUser: { id: 1, name: 'Jo', locale: 'de-DE', timeZone: 'Europe/Berlin' } },
    });
    render(<App client={client} />);
    expect(await screen.findByRole('button', { name: 'Anruf erfassen' })).toBeInTheDocument();
    expect(await screen.findByText('An diesem Ticket sind noch keine Anrufe erfasst.')).toBeInTheDocument();
    expect(client.getTicketSidebarData).toHaveBeenCalledTimes(1);
  });

  it('says so in the agent’s language when opened in a place it has no root for', async () => {
    render(<App client={fakeZafClient({ context: { location: 'nav_bar' } })} />);
    expect(await screen.findByText('Call Logger does not work here')).toBeInTheDocument();
    expect(screen.getByText(/This Zendesk place \(nav_bar\) is not one Call Logger knows/)).toBeInTheDocument();
  });

  it('says there is no ticket when the sidebar has none', async () => {
    render(<App client={fakeZafClient({ context: { ticketId: null }, sidebar: { ticketId: null } })} />);
    expect(await screen.findByText('No ticket here')).toBeInTheDocument();
  });

  it('says Zendesk did not answer when the sidebar’s data cannot be read', async () => {
    const client = fakeZafClient();
    client.getTicketSidebarData.mockRejectedValue(new Error('timeout'));
    render(<App client={client} />);
    expect(await screen.findByText('Zendesk did not answer')).toBeInTheDocument();
  });

  it('asks for the ticket’s comments while the host’s get is on its way, and reads them once', async () => {
    const api = ticketWithCalls(storedCall({ id: 3 }));
    const client = fakeZafClient({ api });
    const answer = client.getTicketSidebarData();
    let release: () => void = () => undefined;
    client.getTicketSidebarData.mockReturnValue(
      new Promise((resolve) => {
        release = () => {
          resolve(answer);
        };
      }),
    );
    render(<App client={client} />);
    await vi.waitFor(() => {
      expect(api.requests.map((request) => request.url)).toEqual([expect.stringMatching(commentsUrl)]);
    });
    expect(screen.queryByRole('listitem')).toBeNull();
    release();
    expect(await screen.findAllByRole('listitem')).toHaveLength(1);
    expect(api.requests.filter((request) => commentsUrl.test(request.url))).toHaveLength(1);
  });

  it('says what is missing when Zendesk refuses to list the calls, and retries', async () => {
    const api = fakeTransport();
    api.on('GET', commentsUrl, json(403, { error: 'Forbidden' }), 1);
    api.on('GET', commentsUrl, json(200, { comments: [], meta: { has_more: false } }));
    render(<App client={fakeZafClient({ api })} />);
    expect(await screen.findByText(/The account needs Talk Partner Edition/)).toBeInTheDocument();
    await userEvent.click(screen.getByRole('button', { name: 'Try again' }));
    expect(await screen.findByText('No calls logged on this ticket yet.')).toBeInTheDocument();
  });

  it('opens a call’s details and comes back', async () => {
    const user = userEvent.setup();
    render(
      <App
        client={fakeZafClient({ api: ticketWithCalls(storedCall({ id: 1, queue_name: 'Sales', sentiment: 'calm' })) })}
      />,
    );
    await user.click(await screen.findByRole('button', { name: /Inbound call/ }));
    // The details are their own chunk: the heading takes the focus once they arrive.
    expect(await screen.findByRole('heading', { name: /Inbound call/ })).toHaveFocus();
    expect(screen.getByText('Sales')).toBeInTheDocument();
    expect(screen.getByText('sentiment')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: /All calls/ }));
    expect(await screen.findByText('Calls on this ticket')).toBeInTheDocument();
  });

  it('opens a call it just logged even when the ticket’s list could not be read', async () => {
    const user = userEvent.setup();
    const api = fakeTransport();
    api.on('GET', commentsUrl, json(503, 'Service Unavailable'));
    api.on('POST', '/api/v2/calls', json(201, { call: storedCall({ id: 9, ticket_id: 42 }) }));
    render(<App client={fakeZafClient({ api })} />);
    await user.click(await screen.findByRole('button', { name: 'Log a call' }));
    await user.click(await screen.findByRole('button', { name: 'Log call' }, { timeout: 10_000 }));
    expect(await screen.findByText('Call logged on ticket #42.')).toBeInTheDocument();
    expect(screen.getByRole('heading', { name: /Inbound call/ })).toBeInTheDocument();
    expect(screen.queryByText('This call is not on this ticket any more.')).not.toBeInTheDocument();
  }, 20_000);
});
