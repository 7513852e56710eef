import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { DEFAULT_COMMENT_FIELDS } from '../../../calls/settings';
import { storedCall } from '../../../test/callFixtures';
import { fakeTransport, json } from '../../../test/fakeTransport';
import type { FakeTransport } from '../../../test/fakeTransport';
import { renderWithSession, testSession } from '../../../test/renderWithSession';
import type { Session } from '../../shared/session/SessionProvider';
import { LogCallForm } from './LogCallForm';

const NOW = new Date('2024-01-17T18:30:00Z');

function setup(overrides: Partial<Session> = {}, api: FakeTransport = fakeTransport()) {
  const onLogged = vi.fn();
  const onCancel = vi.fn();
  const session = testSession(overrides, api);
  const view = renderWithSession(<LogCallForm onLogged={onLogged} onCancel={onCancel} />, { session });
  return { ...view, api, onLogged, onCancel, user: userEvent.setup() };
}

const field = (name: RegExp | string) => screen.getByRole('textbox', { name });
const submit = () => screen.getByRole('button', { name: 'Log call' });

beforeEach(() => {
  vi.useFakeTimers({ toFake: ['Date'], now: NOW });
});
afterEach(() => {
  vi.useRealTimers();
});

// The first render of a file builds Garden's styles: on a busy machine that alone can pass 5 s.
describe('LogCallForm', { timeout: 20_000 }, () => {
  it('starts as an inbound call from the requester to the company line, now, in the agent’s zone', () => {
    setup();
    expect(screen.getByRole('radio', { name: 'Inbound' })).toBeChecked();
    expect(field('From')).toHaveValue('+14155550123');
    expect(field('To')).toHaveValue('+14155550100');
    const started = field('Started');
    expect(started).toHaveValue('01/17/2024, 07:30 PM');
    expect(started).toHaveAccessibleDescription('Time zone: Central European Time');
    // The app's id is quiet text at the sidebar's foot, not a read-only input in the way of Tab.
    expect(screen.queryByRole('textbox', { name: /App ID/ })).not.toBeInTheDocument();
    expect(field('Comment title')).toHaveValue('Inbound call from +14155550123');
  });

  it('swaps the lines and retitles the comment when the call is outbound', async () => {
    const { user } = setup();
    await user.click(screen.getByRole('radio', { name: 'Outbound' }));
    expect(field('From')).toHaveValue('+14155550100');
    expect(field('To')).toHaveValue('+14155550123');
    expect(field('Comment title')).toHaveValue('Outbound call to +14155550123');
  });

  it('keeps a title the agent wrote', async () => {
    const { user } = setup();
    await user.clear(field('Comment title'));
    await user.type(field('Comment title'), 'Callback about invoice');
    await user.click(screen.getByRole('radio', { name: 'Outbound' }));
    expect(field('Comment title')).toHaveValue('Callback about invoice');
  });

  it('retitles the comment as the agent types the number', async () => {
    const { user } = setup();
    await user.clear(field('From'));
    await user.type(field('From'), '+14155550111');
    expect(field('Comment title')).toHaveValue('Inbound call from +14155550111');
  });

  it('after "Start over" the title follows the number again', async () => {
    const first = setup();
    await first.user.clear(field('Comment title'));
    await first.user.type(field('Comment title'), 'Callback about invoice');
    await waitFor(() => {
      expect(window.localStorage.length).toBe(1);
    });
    first.unmount();

    const { user } = setup();
    expect(field('Comment title')).toHaveValue('Callback about invoice');
    await user.click(await screen.findByRole('button', { name: 'Start over' }));
    await user.clear(field('From'));
    await user.type(field('From'), '+14155550111');
    expect(field('Comment title')).toHaveValue('Inbound call from +14155550111');
  });

  it('says what is wrong next to each field and sends nothing', async () => {
    const { user, api } = setup();
    await user.clear(field('From'));
    await user.clear(field('To'));
    await user.type(field('To'), 'call me maybe');
    await user.click(submit());

    expect(await screen.findByText('Required.')).toBeInTheDocument();
    expect(screen.getByText('Enter a phone number, e.g. +1 415 555 0123.')).toBeInTheDocument();
    expect(field('From')).toHaveAttribute('aria-invalid', 'true');
    expect(api.requests).toHaveLength(0);
  });

  it('reads a national number in the admin’s default country and shows what will be saved', async () => {
    const { user } = setup();
    await user.clear(field('From'));
    await user.type(field('From'), '(415) 555-0199');
    expect(await screen.findByText('Saved as +14155550199')).toBeInTheDocument();
  });

  it('creates the record and its voice comment on this ticket in one request', async () => {
    const api = fakeTransport();
    const created = storedCall({ id: 7001, ticket_id: 42 });
    api.on('POST', '/api/v2/calls', json(201, { call: created }));
    const { user, onLogged } = setup({}, api);
    await user.click(submit());

    await waitFor(() => {
      expect(onLogged).toHaveBeenCalledWith(expect.objectContaining({ call: created, recovered: false }));
    });
    expect(api.requests).toHaveLength(1);
    expect(api.requests[0]?.body).toEqual({
      call: {
        app_id: 1003048,
        ticket_id: 42,
        direction: 'inbound',
        from_line: '+14155550123',
        to_line: '+14155550100',
        call_started_at: '2024-01-17T19:30:00+01:00',
        agent_id: 501,
        end_user_id: 301,
        brand_id: 9,
        external_id: expect.any(String) as string,
      },
      comment: {
        title: 'Inbound call from +14155550123',
        call_fields: DEFAULT_COMMENT_FIELDS,
        author_id: 501,
      },
    });
  });

  it('sends once however fast the agent clicks', async () => {
    const api = fakeTransport();
    let answer: (value: ReturnType<typeof json>) => void = () => undefined;
    api.on('POST', '/api/v2/calls', () => new Promise((resolve) => (answer = resolve)));
    const { user } = setup({}, api);
    await user.dblClick(submit());
    await user.keyboard('{Enter}');
    expect(await screen.findByRole('button', { name: /Saving/ })).toBeDisabled();
    answer(json(201, { call: storedCall({ id: 1 }) }));
    await waitFor(() => {
      expect(api.requests).toHaveLength(1);
    });
  });

  it('puts Zendesk’s 422 details next to the field it names and keeps every entry', async () => {
    const api = fakeTransport();
    api.on(
      'POST',
      '/api/v2/calls',
      json(422, {
        error: 'RecordInvalid',
        description: 'Record validation errors',
        details: { to_line: [{ description: 'To line is not a valid phone number' }] },
      }),
    );
    const { user } = setup({}, api);
    await user.click(submit());

    expect(await screen.findByText('To line is not a valid phone number')).toBeInTheDocument();
    expect(field('To')).toHaveAttribute('aria-invalid', 'true');
    expect(
      await screen.findByText('Zendesk did not accept the call. Check the fields marked below.'),
    ).toBeInTheDocument();
    expect(field('From')).toHaveValue('+14155550123');
  });

  it('after a 429 says how long to wait and holds the button until then', async () => {
    const api = fakeTransport();
    api.on('POST', '/api/v2/calls', json(429, null, { 'retry-after': '30' }));
    const { user } = setup({}, api);
    await user.click(submit());

    expect(await screen.findByRole('alert')).toHaveTextContent('Try again in 30 seconds.');
    expect(screen.getByRole('button', { name: 'Try again in 30 s' })).toBeDisabled();
  });

  it('after a 503 with Retry-After says how long to wait and holds the button until then, as for a 429', async () => {
    const api = fakeTransport();
    api.on('POST', '/api/v2/calls', json(503, null, { 'retry-after': '20' }));
    api.on('GET', /^\/api\/v2\/tickets\/42\/comments/, json(200, { comments: [], meta: { has_more: false } }));
    const { user } = setup({}, api);
    await user.click(submit());

    expect(await screen.findByRole('alert')).toHaveTextContent('try again in 20 seconds.');
    expect(screen.getByRole('button', { name: 'Try again in 20 s' })).toBeDisabled();
  });

  it('says TPE or permissions are missing on a 403', async () => {
    const api = fakeTransport();
    api.on(
      'POST',
      '/api/v2/calls',
      json(403, { error: 'Forbidden', description: 'You do not have access to this page.' }),
    );
    const { user } = setup({}, api);
    await user.click(submit());
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('The account needs Talk Partner Edition');
    expect(within(alert).getByText('Zendesk said: You do not have access to this page.')).toBeInTheDocument();
  });

  it('when the connection drops, finds the call Zendesk stored instead of asking to log it again', async () => {
    const api = fakeTransport();
    const stored = storedCall({ id: 7002, ticket_id: 42, call_started_at: '2024-01-17T18:30:00Z' });
    api.on('POST', '/api/v2/calls', new Error('connection reset'));
    api.on(
      'GET',
      /^\/api\/v2\/tickets\/42\/comments/,
      json(200, { comments: [{ id: 1, type: 'TpeVoiceComment', data: { call_id: 7002 } }], meta: { has_more: false } }),
    );
    api.on('GET', '/api/v2/calls/7002', () =>
      json(200, {
        call: { ...stored, external_id: (api.requests[0]?.body as { call: { external_id: string } }).call.external_id },
      }),
    );
    const { user, onLogged } = setup({}, api);
    await user.click(submit());
    await waitFor(() => {
      expect(onLogged).toHaveBeenCalledWith(
        expect.objectContaining({ call: expect.objectContaining({ id: 7002 }) as unknown, recovered: true }),
      );
    });
  });

  it('brings back what was typed after the sidebar reloads', async () => {
    const first = setup();
    await first.user.clear(field('From'));
    await first.user.type(field('From'), '+14155550222');
    await waitFor(() => {
      expect(window.localStorage.length).toBe(1);
    });
    first.unmount();

    setup();
    expect(await screen.findByText('Your unsaved entries were restored.')).toBeInTheDocument();
    expect(field('From')).toHaveValue('+14155550222');
  });

  it('cannot log a call without the app’s id', () => {
    setup({ appId: 0 });
    expect(submit()).toBeDisabled();
  });
});
