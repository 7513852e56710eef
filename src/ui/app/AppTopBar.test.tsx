import { render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { storedCall } from '../../test/callFixtures';
import { fakeTransport, json } from '../../test/fakeTransport';
import { fakeZafClient } from '../../test/fakeZafClient';
import { App } from './App';

const SEARCH = /^\/api\/v2\/users\/search\?/;
const OLIVIA = { id: 301, name: 'Olivia Chen', email: 'olivia@example.com', phone: '415 555 0142', organization_id: 7 };

function paneClient(metadata: { appId?: number } = {}) {
  const api = fakeTransport();
  api.on('GET', SEARCH, json(200, { users: [OLIVIA], organizations: [{ id: 7, name: 'Acme' }] }));
  api.on(
    'GET',
    /^\/api\/v2\/users\/301\/tickets\/requested/,
    json(200, { tickets: [{ id: 106, subject: 'Change the invoice address', status: 'open' }] }),
  );
  const client = fakeZafClient({ api, metadata, context: { location: 'top_bar', ticketId: null } });
  return { api, client };
}

// The pane's root is a lazy chunk: its first load in a cold test run takes a while.
const numberField = () => screen.findByRole('textbox', { name: 'Caller’s number' }, { timeout: 8000 });

describe('the top bar’s pane', { timeout: 20_000 }, () => {
  it('asks the host once, focuses the number, and searches once per settled number, not per key', async () => {
    const { api, client } = paneClient();
    render(<App client={client} />);
    const number = await numberField();
    // The pane focuses the field in an effect after it renders: wait for it rather than race it.
    await waitFor(() => {
      expect(number).toHaveFocus();
    });
    expect(performance.getEntriesByName('call-logger:usable')).not.toHaveLength(0);
    await userEvent.type(number, '+14155550142');

    expect(await screen.findByRole('radio', { name: 'Olivia Chen' }, { timeout: 4000 })).toBeChecked();
    expect(screen.getByText('olivia@example.com · Acme')).toBeInTheDocument();
    expect(screen.getByRole('radio', { name: 'New ticket' })).toBeChecked();
    expect(api.requests.filter((request) => SEARCH.test(request.url))).toHaveLength(1);
    expect(client.getTopBarData).toHaveBeenCalledTimes(1);
    expect(client.getTicketSidebarData).not.toHaveBeenCalled();
    expect(client.resize).not.toHaveBeenCalled();
  });

  it('logs on the picked open ticket, opens it and closes the pane', async () => {
    const { api, client } = paneClient();
    api.on('POST', '/api/v2/calls', json(201, { call: storedCall({ id: 9, ticket_id: 106 }) }));
    render(<App client={client} />);
    await userEvent.type(await numberField(), '4155550142');
    await userEvent.click(
      await screen.findByRole('radio', { name: /#106 Change the invoice address/ }, { timeout: 4000 }),
    );
    await userEvent.click(screen.getByRole('button', { name: 'Log call' }));

    await vi.waitFor(() => {
      expect(client.hidePopover).toHaveBeenCalled();
    });
    expect(client.routeToTicket).toHaveBeenCalledWith(106);
    const creates = api.requests.filter((request) => request.method === 'POST');
    expect(creates).toHaveLength(1);
    expect(creates[0]?.body).toMatchObject({ call: { ticket_id: 106, end_user_id: 301, from_line: '+14155550142' } });
  });

  it('refuses an invalid number before any request', async () => {
    const { api, client } = paneClient();
    render(<App client={client} />);
    await userEvent.type(await numberField(), '12');
    await userEvent.click(screen.getByRole('button', { name: 'Log call' }));
    expect(await screen.findByText(/Enter a phone number|not a valid number/)).toBeInTheDocument();
    expect(api.requests).toEqual([]);
  });

  it('with app id 0, explains why logging is disabled, as the sidebar does', async () => {
    const { client } = paneClient({ appId: 0 });
    render(<App client={client} />);
    expect(await screen.findByText('Logging calls is disabled: the app has no app ID')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Log call' })).toBeDisabled();
  });
});
