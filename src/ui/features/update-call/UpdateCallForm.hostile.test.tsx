import { fireEvent, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { storedCall } from '../../../test/callFixtures';
import { fakeTransport, json } from '../../../test/fakeTransport';
import { expectOnlyText, hostileRecord } from '../../../test/hostileRecord';
import { HOSTILE_TEXTS, HOSTILE_URLS, LONG_PHONE } from '../../../test/hostileStrings';
import { renderWithSession, testSession } from '../../../test/renderWithSession';
import { UpdateCallForm } from './UpdateCallForm';

const NOW = new Date('2024-01-17T18:45:30Z');
const record = storedCall({ id: 7001, ticket_id: 42, call_started_at: '2024-01-17T18:30:00Z' });

function setup(api = fakeTransport(), call = record) {
  // The save reads the call again first; nobody else changed it.
  api.on('GET', `/api/v2/calls/${call.id}`, json(200, { call }));
  const view = renderWithSession(<UpdateCallForm record={call} onSaved={vi.fn()} onCancel={vi.fn()} />, {
    session: testSession({}, api),
  });
  return { ...view, api, user: userEvent.setup() };
}

const textbox = (name: string) => screen.getByRole('textbox', { name });
const save = () => screen.getByRole('button', { name: 'Save changes' });
/** Sets a field as a paste would: user.type reads `{` and `[` as keys. */
const fill = (name: string, value: string) => {
  fireEvent.change(textbox(name), { target: { value } });
};

beforeEach(() => {
  vi.useFakeTimers({ toFake: ['Date'], now: NOW });
});
afterEach(() => {
  vi.useRealTimers();
});

describe('the update form with hostile input', { timeout: 20_000 }, () => {
  it('opens a record full of markup, 10,000-character phones and control characters, showing them as values', async () => {
    const { container, user } = setup(fakeTransport(), hostileRecord('javascript:alert(1)'));
    await user.click(screen.getByRole('button', { name: /^Lines/ }));
    expect(textbox('From')).toHaveValue(LONG_PHONE);
    expectOnlyText(container);
  });

  it.each(HOSTILE_URLS)('refuses %s as a recording link before sending', async (url) => {
    const { api, user } = setup();
    fill('Recording link', url);
    await user.click(save());
    expect(await screen.findByText('Enter a web address starting with https:// or http://.')).toBeInTheDocument();
    expect(api.requests).toHaveLength(0);
  });

  it('refuses a 10,000-character phone number next to the field, sending nothing', async () => {
    const { api, user } = setup();
    await user.click(screen.getByRole('button', { name: /^Lines/ }));
    fill('From', LONG_PHONE);
    await user.click(save());
    expect(await screen.findByText(/Enter a phone number/)).toBeInTheDocument();
    expect(api.requests).toHaveLength(0);
  });

  it.each(Object.entries(HOSTILE_TEXTS))('sends %s in a text field exactly as typed, as a string', async (_, text) => {
    const api = fakeTransport();
    api.on('PATCH', '/api/v2/calls/7001', (request) =>
      json(200, { call: { ...record, ...(request.body as { call: object }).call } }),
    );
    api.on('POST', /comments$/, json(201, { id: 1, type: 'TpeVoiceComment' }));
    const { user, container } = setup(api);
    // An <input> drops line breaks from its value, as a browser does; the rest must arrive untouched.
    const typed = text.replace(/[\r\n]/g, '');
    fill('Disposition', typed);
    await user.click(save());
    await waitFor(() => {
      expect(api.requests.some((request) => request.method === 'PATCH')).toBe(true);
    });
    const patch = api.requests.find((request) => request.method === 'PATCH');
    expect(patch?.body).toEqual({ call: { call_disposition: typed } });
    expectOnlyText(container);
  });
});
