import { render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import type { ApiRequest } from '../../calls/transport';
import { storedCall } from '../../test/callFixtures';
import { fakeTransport, json } from '../../test/fakeTransport';
import { fakeZafClient } from '../../test/fakeZafClient';
import { App } from './App';

const SEARCH = /^\/api\/v2\/users\/search\?/;
const OLIVIA = { id: 301, name: 'Olivia Chen', email: 'olivia@example.com', phone: '415 555 0142', organization_id: 7 };

/** Zendesk's answer to a create: the record as sent, on its ticket, less the fields it `dropped`. */
function storedAsSent(id: number, ticketId: number, dropped: readonly string[] = []) {
  return (request: ApiRequest) => {
    const sent = (request.body as { call: Record<string, unknown> }).call;
    const kept = Object.fromEntries(Object.entries(sent).filter(([name]) => !dropped.includes(name)));
    return json(201, { call: storedCall({ ...kept, id, ticket_id: ticketId }) });
  };
}

const INVOICE_TICKET = { id: 106, subject: 'Change the invoice address', status: 'open' };

function paneClient(metadata: { appId?: number } = {}, tickets: object[] = [INVOICE_TICKET]) {
  const api = fakeTransport();
  api.on('GET', SEARCH, json(200, { users: [OLIVIA], organizations: [{ id: 7, name: 'Acme' }] }));
  api.on('GET', /^\/api\/v2\/users\/301\/tickets\/requested/, json(200, { tickets }));
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
    expect(await screen.findByRole('radio', { name: 'New ticket' })).toBeChecked();
    expect(api.requests.filter((request) => SEARCH.test(request.url))).toHaveLength(1);
    expect(client.getTopBarData).toHaveBeenCalledTimes(1);
    expect(client.getTicketSidebarData).not.toHaveBeenCalled();
    expect(client.resize).not.toHaveBeenCalled();
  });

  it('logs on the picked open ticket, opens it and closes the pane', async () => {
    const { api, client } = paneClient();
    api.on('POST', '/api/v2/calls', storedAsSent(9, 106));
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

  it('a reload keeps the number, the direction, the new ticket’s subject and the picked ticket', async () => {
    const first = paneClient();
    const { unmount } = render(<App client={first.client} />);
    await userEvent.type(await numberField(), '4155550142');
    const subject = await screen.findByRole('textbox', { name: 'Subject' }, { timeout: 4000 });
    await userEvent.clear(subject);
    await userEvent.type(subject, 'Invoice question');
    await userEvent.click(screen.getByRole('radio', { name: 'Outbound' }));
    await userEvent.click(screen.getByRole('radio', { name: /#106 Change the invoice address/ }));
    unmount();

    const second = paneClient();
    render(<App client={second.client} />);
    expect(await numberField()).toHaveValue('4155550142');
    expect(screen.getByRole('radio', { name: 'Outbound' })).toBeChecked();
    expect(
      await screen.findByRole('radio', { name: /#106 Change the invoice address/ }, { timeout: 4000 }),
    ).toBeChecked();
    await userEvent.click(screen.getByRole('radio', { name: 'New ticket' }));
    expect(screen.getByRole('textbox', { name: 'Subject' })).toHaveValue('Invoice question');
  });

  it('a reload while the create was out: the pane finds the call by its external_id, sends nothing, and opens its ticket', async () => {
    const first = paneClient();
    // Zendesk stores the call, but this page never sees the answer: the agent reloads.
    const zendesk: { stored: Record<string, unknown> | null } = { stored: null };
    first.api.on('POST', '/api/v2/calls', (request) => {
      zendesk.stored = (request.body as { call: Record<string, unknown> }).call;
      return new Promise<never>(() => undefined);
    });
    const { unmount } = render(<App client={first.client} />);
    await userEvent.type(await numberField(), '4155550142');
    await screen.findByRole('radio', { name: 'New ticket' }, { timeout: 4000 });
    await userEvent.click(screen.getByRole('button', { name: 'Log call' }));
    await vi.waitFor(() => {
      expect(zendesk.stored).not.toBeNull();
    });
    unmount();

    // Zendesk made the new ticket for the caller: it is their newest.
    const second = paneClient({}, [{ id: 115, subject: 'Call from Olivia Chen', status: 'new' }, INVOICE_TICKET]);
    second.api.on(
      'GET',
      /^\/api\/v2\/tickets\/115\/comments/,
      json(200, { comments: [{ id: 1, type: 'TpeVoiceComment', data: { call_id: 91 } }] }),
    );
    second.api.on(
      'GET',
      '/api/v2/calls/91',
      json(200, { call: storedCall({ id: 91, ticket_id: 115, external_id: String(zendesk.stored?.external_id) }) }),
    );
    render(<App client={second.client} />);

    expect(
      await screen.findByText('The call you were logging before the page reloaded is logged on ticket #115.'),
    ).toBeInTheDocument();
    expect(await numberField()).toHaveValue('');
    await userEvent.click(screen.getByRole('button', { name: 'Open ticket #115' }));
    await vi.waitFor(() => {
      expect(second.client.routeToTicket).toHaveBeenCalledWith(115);
    });
    expect(second.api.requests.filter((request) => request.method === 'POST')).toEqual([]);
  });

  it('a reload while the create was out, and Zendesk has no such call: the draft stays and Log call looks once more first', async () => {
    const first = paneClient();
    first.api.on('POST', '/api/v2/calls', () => new Promise<never>(() => undefined));
    const { unmount } = render(<App client={first.client} />);
    await userEvent.type(await numberField(), '4155550142');
    await screen.findByRole('radio', { name: 'New ticket' }, { timeout: 4000 });
    await userEvent.click(screen.getByRole('button', { name: 'Log call' }));
    await vi.waitFor(() => {
      expect(first.api.requests.some((request) => request.method === 'POST')).toBe(true);
    });
    unmount();

    const second = paneClient();
    second.api.on('GET', /^\/api\/v2\/tickets\/106\/comments/, json(200, { comments: [] }));
    second.api.on('POST', '/api/v2/calls', storedAsSent(92, 116));
    render(<App client={second.client} />);

    expect(await screen.findByText(/is not in Zendesk\. Check the details and press Log call\./)).toBeInTheDocument();
    expect(await numberField()).toHaveValue('4155550142');
    await screen.findByRole('radio', { name: 'New ticket' }, { timeout: 4000 });
    await userEvent.click(screen.getByRole('button', { name: 'Log call' }));
    await vi.waitFor(() => {
      expect(second.client.routeToTicket).toHaveBeenCalledWith(116);
    });
    const sent = second.api.requests.map((request) => `${request.method} ${request.url.split('?')[0] ?? ''}`);
    // The pane looked on the caller's newest tickets at open, and again right before it sent the create.
    expect(sent.filter((line) => line === 'GET /api/v2/users/301/tickets/requested').length).toBeGreaterThanOrEqual(2);
    expect(sent.filter((line) => line === 'POST /api/v2/calls')).toHaveLength(1);
  });

  it('a create Zendesk answered without some fields: the ticket opens, the pane stays to say which, then starts afresh', async () => {
    const { api, client } = paneClient();
    api.on('POST', '/api/v2/calls', storedAsSent(93, 117, ['external_id', 'agent_id']));
    render(<App client={client} />);
    await userEvent.type(await numberField(), '4155550142');
    await screen.findByRole('radio', { name: 'New ticket' }, { timeout: 4000 });
    await userEvent.click(screen.getByRole('button', { name: 'Log call' }));

    expect(
      await screen.findByText('The call is logged on ticket #117, but Zendesk did not keep: Agent ID, External ID.'),
    ).toBeInTheDocument();
    expect(client.routeToTicket).toHaveBeenCalledWith(117);
    expect(client.hidePopover).not.toHaveBeenCalled();
    expect(JSON.parse(window.localStorage.getItem('call-logger:not-kept:77') ?? '[]')).toEqual([
      'agent_id',
      'external_id',
    ]);
    await userEvent.click(screen.getByRole('button', { name: 'Log another call' }));
    expect(await numberField()).toHaveValue('');
    expect(screen.queryByText(/did not keep/)).not.toBeInTheDocument();
  });
});
