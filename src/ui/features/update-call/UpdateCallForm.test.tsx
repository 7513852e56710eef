import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { DEFAULT_COMMENT_FIELDS } from '../../../calls/settings';
import { storedCall } from '../../../test/callFixtures';
import { fakeTransport, json } from '../../../test/fakeTransport';
import type { FakeTransport } from '../../../test/fakeTransport';
import { renderWithSession, testSession } from '../../../test/renderWithSession';
import { UpdateCallForm } from './UpdateCallForm';

const NOW = new Date('2024-01-17T18:45:30Z');
const inProgress = storedCall({
  id: 7001,
  ticket_id: 42,
  call_started_at: '2024-01-17T18:30:00Z',
  call_disposition: 'Billing question',
  queue_name: 'Sales',
});

function setup(api: FakeTransport = fakeTransport(), record = inProgress) {
  // A save reads the call again first; unless a test says otherwise, nobody else changed it.
  api.on('GET', `/api/v2/calls/${record.id}`, json(200, { call: record }));
  const onSaved = vi.fn();
  renderWithSession(<UpdateCallForm record={record} onSaved={onSaved} onCancel={vi.fn()} />, {
    session: testSession({}, api),
  });
  return { api, onSaved, user: userEvent.setup() };
}

/** The form as it opens again over a draft in which the agent had typed a duration. */
async function setupWithDraftDuration(duration: string) {
  const draft = { savedAt: NOW.getTime(), call: { duration }, comment: null };
  window.localStorage.setItem('call-logger:draft:77:42:update:7001', JSON.stringify(draft));
  const rendered = setup();
  expect(await screen.findByText('Your unsaved entries were restored.')).toBeInTheDocument();
  return rendered;
}

const save = () => screen.getByRole('button', { name: 'Save changes' });
const textbox = (name: string) => screen.getByRole('textbox', { name });

beforeEach(() => {
  vi.useFakeTimers({ toFake: ['Date'], now: NOW });
});
afterEach(() => {
  vi.useRealTimers();
});

// The first render of a file builds Garden's styles: on a busy machine that alone can pass 5 s.
describe('UpdateCallForm', { timeout: 20_000 }, () => {
  it('shows the stored values, times in the agent’s zone', async () => {
    const { user } = setup();
    expect(textbox('Disposition')).toHaveValue('Billing question');
    await user.click(screen.getByRole('button', { name: /^Timing/ }));
    expect(textbox('Started')).toHaveValue('01/17/2024, 07:30 PM');
    expect(screen.getByRole('combobox', { name: 'Completion status' })).toHaveValue('');
  });

  it('"Ended now" sets the end time and works out the duration', async () => {
    const { user } = setup();
    await user.click(screen.getByRole('button', { name: 'Ended now' }));
    expect(textbox('Ended')).toHaveValue('01/17/2024, 07:45:30 PM');
    expect(textbox('Duration')).toHaveValue('15:30');
    expect(textbox('Duration')).toHaveAccessibleDescription('Worked out from start and end. Type a value to override.');
  });

  it('"Start over" drops a restored duration, so "Ended now" works it out again', async () => {
    const { user } = await setupWithDraftDuration('20:00');
    expect(textbox('Duration')).toHaveValue('20:00');

    await user.click(screen.getByRole('button', { name: 'Start over' }));
    expect(textbox('Duration')).toHaveValue('');
    await user.click(screen.getByRole('button', { name: 'Ended now' }));
    expect(textbox('Duration')).toHaveValue('15:30');
  });

  it('keeps a restored duration when "Ended now" is pressed', async () => {
    const { user } = await setupWithDraftDuration('20:00');
    await user.click(screen.getByRole('button', { name: 'Ended now' }));
    expect(textbox('Duration')).toHaveValue('20:00');
  });

  it('sends only the fields the agent changed and hands back the stored record', async () => {
    const api = fakeTransport();
    const updated = storedCall({ ...inProgress, completion_status: 'completed', duration: 930 });
    api.on('PATCH', '/api/v2/calls/7001', json(200, { call: updated }));
    const { user, onSaved } = setup(api);

    await user.click(screen.getByRole('button', { name: 'Ended now' }));
    await user.selectOptions(screen.getByRole('combobox', { name: 'Completion status' }), 'completed');
    await user.click(save());

    await waitFor(() => {
      expect(onSaved).toHaveBeenCalledWith({ call: updated, changed: true, commented: false });
    });
    expect(api.requests.map((request) => [request.method, request.url, request.body])).toEqual([
      ['GET', '/api/v2/calls/7001', undefined],
      [
        'PATCH',
        '/api/v2/calls/7001',
        { call: { call_ended_at: '2024-01-17T19:45:30+01:00', duration: 930, completion_status: 'completed' } },
      ],
    ]);
  });

  it('clears a field the agent emptied', async () => {
    const api = fakeTransport();
    api.on('PATCH', '/api/v2/calls/7001', json(200, { call: { ...inProgress, call_disposition: null } }));
    const { user } = setup(api);
    await user.clear(textbox('Disposition'));
    await user.click(save());
    await waitFor(() => {
      expect(api.requests[1]?.body).toEqual({ call: { call_disposition: null } });
    });
  });

  it('sends nothing when nothing changed, and says so', async () => {
    const { user, api, onSaved } = setup();
    await user.click(save());
    expect(await screen.findByText('Nothing has changed yet.')).toBeInTheDocument();
    expect(api.requests).toHaveLength(0);
    expect(onSaved).not.toHaveBeenCalled();
  });

  it('adds a voice comment with the chosen fields after saving', async () => {
    const api = fakeTransport();
    api.on('PATCH', '/api/v2/calls/7001', json(200, { call: { ...inProgress, completion_status: 'completed' } }));
    api.on(
      'POST',
      '/api/v2/calls/7001/comments',
      json(201, { id: 99, type: 'TpeVoiceComment', data: { call_id: 7001 } }),
    );
    const { user, onSaved } = setup(api);

    await user.selectOptions(screen.getByRole('combobox', { name: 'Completion status' }), 'completed');
    await user.click(screen.getByRole('checkbox', { name: /Add a voice comment/ }));
    await user.clear(textbox('Comment title'));
    await user.type(textbox('Comment title'), 'Call wrapped up');
    await user.click(save());

    await waitFor(() => {
      expect(onSaved).toHaveBeenCalledWith(expect.objectContaining({ changed: true, commented: true }));
    });
    expect(api.requests[2]).toEqual({
      method: 'POST',
      url: '/api/v2/calls/7001/comments',
      body: {
        title: 'Call wrapped up',
        call_fields: DEFAULT_COMMENT_FIELDS,
        author_id: 501,
      },
    });
  });

  it('when only the comment fails, says the call is saved and retries just the comment', async () => {
    const api = fakeTransport();
    api.on('PATCH', '/api/v2/calls/7001', json(200, { call: { ...inProgress, completion_status: 'completed' } }), 1);
    api.on('POST', '/api/v2/calls/7001/comments', json(500, 'boom'), 1);
    api.on('POST', '/api/v2/calls/7001/comments', json(201, { id: 99, type: 'TpeVoiceComment' }), 1);
    const { user, onSaved } = setup(api);

    await user.selectOptions(screen.getByRole('combobox', { name: 'Completion status' }), 'completed');
    await user.click(screen.getByRole('checkbox', { name: /Add a voice comment/ }));
    await user.click(save());
    expect(await screen.findByText(/The call was saved, but the voice comment could not be added/)).toBeInTheDocument();
    expect(onSaved).not.toHaveBeenCalled();

    await user.click(save());
    await waitFor(() => {
      expect(onSaved).toHaveBeenCalledWith(expect.objectContaining({ changed: false, commented: true }));
    });
    // The retry sends only the comment: no new read, no second PATCH.
    expect(api.requests.map((request) => request.method)).toEqual(['GET', 'PATCH', 'POST', 'POST']);
  });

  describe('when another agent saved the call since the form opened', () => {
    const theirs = { ...inProgress, completion_status: 'abandoned_in_queue', updated_at: '2024-01-17T18:40:00Z' };
    const otherAgentSaved = () => {
      const api = fakeTransport();
      api.on('GET', '/api/v2/calls/7001', json(200, { call: theirs }));
      return api;
    };
    const conflict = () => screen.findByRole('alert', { name: /Another agent changed this call/ });

    it('sends nothing over their value, shows both and waits for the agent’s choice', async () => {
      const { user, api, onSaved } = setup(otherAgentSaved());
      await user.selectOptions(screen.getByRole('combobox', { name: 'Completion status' }), 'completed');
      await user.click(save());

      const notice = await conflict();
      const field = within(notice).getByRole('group', { name: 'Completion status' });
      expect(field).toHaveTextContent('TheirsAbandoned in queue');
      expect(field).toHaveTextContent('YoursCompleted');
      expect(save()).toBeDisabled();
      expect(api.requests.map((request) => request.method)).toEqual(['GET']);
      expect(onSaved).not.toHaveBeenCalled();
    });

    it('"Keep mine" stores this agent’s value over theirs', async () => {
      const api = otherAgentSaved();
      const mine = { ...theirs, completion_status: 'completed', updated_at: '2024-01-17T18:46:00Z' };
      api.on('PATCH', '/api/v2/calls/7001', json(200, { call: mine }));
      const { user, onSaved } = setup(api);
      await user.selectOptions(screen.getByRole('combobox', { name: 'Completion status' }), 'completed');
      await user.click(save());
      await user.click(within(await conflict()).getByRole('button', { name: 'Keep mine' }));

      await waitFor(() => {
        expect(onSaved).toHaveBeenCalledWith({ call: mine, changed: true, commented: false });
      });
      expect(api.requests.map((request) => [request.method, request.body])).toEqual([
        ['GET', undefined],
        ['GET', undefined],
        ['PATCH', { call: { completion_status: 'completed' } }],
      ]);
    });

    it('"Keep theirs" drops this agent’s value and, with nothing else edited, closes the form sending nothing', async () => {
      const { user, api, onSaved } = setup(otherAgentSaved());
      await user.selectOptions(screen.getByRole('combobox', { name: 'Completion status' }), 'completed');
      await user.click(save());
      await user.click(within(await conflict()).getByRole('button', { name: 'Keep theirs' }));

      await waitFor(() => {
        expect(onSaved).toHaveBeenCalledWith({ call: theirs, changed: false, commented: false });
      });
      expect(api.requests.map((request) => request.method)).toEqual(['GET']);
    });

    it('"Keep theirs" still saves the agent’s other edits', async () => {
      const api = otherAgentSaved();
      api.on('PATCH', '/api/v2/calls/7001', json(200, { call: { ...theirs, call_disposition: 'Refund' } }));
      const { user, onSaved } = setup(api);
      await user.selectOptions(screen.getByRole('combobox', { name: 'Completion status' }), 'completed');
      await user.clear(textbox('Disposition'));
      await user.type(textbox('Disposition'), 'Refund');
      await user.click(save());
      await user.click(within(await conflict()).getByRole('button', { name: 'Keep theirs' }));

      await waitFor(() => {
        expect(onSaved).toHaveBeenCalledWith(expect.objectContaining({ changed: true }));
      });
      expect(api.requests.at(-1)?.body).toEqual({ call: { call_disposition: 'Refund' } });
    });

    it('saves without asking when the other agent changed other fields, and keeps theirs', async () => {
      const api = fakeTransport();
      const queueMoved = { ...inProgress, queue_name: 'Support', updated_at: '2024-01-17T18:40:00Z' };
      api.on('GET', '/api/v2/calls/7001', json(200, { call: queueMoved }));
      api.on('PATCH', '/api/v2/calls/7001', json(200, { call: { ...queueMoved, call_disposition: 'Refund' } }));
      const { user, onSaved } = setup(api);
      await user.clear(textbox('Disposition'));
      await user.type(textbox('Disposition'), 'Refund');
      await user.click(save());

      await waitFor(() => {
        expect(onSaved).toHaveBeenCalledWith(expect.objectContaining({ changed: true }));
      });
      expect(screen.queryByRole('alert', { name: /Another agent/ })).not.toBeInTheDocument();
      expect(api.requests.at(-1)?.body).toEqual({ call: { call_disposition: 'Refund' } });
    });
  });

  it('refuses a recording link that is not a web address, before sending', async () => {
    const { user, api } = setup();
    await user.clear(textbox('Recording link'));
    await user.type(textbox('Recording link'), 'recording.mp3');
    await user.click(save());
    expect(await screen.findByText('Enter a web address starting with https:// or http://.')).toBeInTheDocument();
    expect(api.requests).toHaveLength(0);
  });
});
