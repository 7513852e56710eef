// Two agents with the same call open in their sidebars: nobody's save is lost,
// and nobody overwrites the other's value without seeing it.

import type { APIRequestContext, FrameLocator, Page } from '@playwright/test';
import { expect, test } from './support/fixtures.ts';
import { SEED, loggedRequests, resetSandbox } from './support/sandbox.ts';
import { openTicket } from './support/sidebar.ts';
import { routeZafSdk } from './support/zafSdk.ts';

test.beforeEach(async ({ request }) => {
  await resetSandbox(request);
});

/** Opens the ticket's inbound call in the update form. */
async function openUpdateForm(page: Page): Promise<FrameLocator> {
  const { app } = await openTicket(page, SEED.tickets.twoCalls);
  await app.getByRole('button', { name: /Inbound call/ }).click();
  await app.getByRole('button', { name: 'Update call' }).click();
  return app;
}

/** Both agents' update forms on the seeded inbound call; the second agent has a browser context of its own, as on another computer. */
const twoAgents = test.extend<{ forms: { mine: FrameLocator; theirs: FrameLocator } }>({
  forms: async ({ page, browser, baseURL }, use) => {
    const context = await browser.newContext({ baseURL });
    await routeZafSdk(context, baseURL ?? '');
    const mine = await openUpdateForm(page);
    const theirs = await openUpdateForm(await context.newPage());
    await use({ mine, theirs });
    await context.close();
  },
});

async function saveChanges(form: FrameLocator): Promise<void> {
  await form.getByRole('button', { name: 'Save changes' }).click();
  await expect(form.getByText('Call updated.')).toBeVisible();
}

/** The seeded inbound call as Zendesk stores it now. */
async function inboundCall(request: APIRequestContext): Promise<Record<string, unknown>> {
  const read = (await (await request.get(`/api/v2/calls/${SEED.calls.refundInbound}`)).json()) as {
    call: Record<string, unknown>;
  };
  return read.call;
}

twoAgents('two agents editing different fields of one call: both changes are stored', async ({ forms, request }) => {
  const { mine, theirs } = forms;
  await theirs.getByRole('combobox', { name: 'Completion status' }).selectOption('abandoned_on_hold');
  await saveChanges(theirs);

  await mine.getByRole('textbox', { name: 'Disposition' }).fill('Refund approved');
  await saveChanges(mine);
  await expect(mine.getByRole('alert', { name: /Another agent changed this call/ })).toHaveCount(0);

  const stored = await inboundCall(request);
  expect(stored.completion_status).toBe('abandoned_on_hold');
  expect(stored.call_disposition).toBe('Refund approved');
});

twoAgents(
  'two agents changing the same field: the second sees both values before anything is overwritten, and "Keep mine" stores the second agent’s value',
  async ({ forms, request }) => {
    const { mine, theirs } = forms;
    await theirs.getByRole('textbox', { name: 'Disposition' }).fill('Escalated to billing');
    await saveChanges(theirs);

    await mine.getByRole('textbox', { name: 'Disposition' }).fill('Refund approved');
    await mine.getByRole('button', { name: 'Save changes' }).click();
    const conflict = mine.getByRole('alert', { name: /Another agent changed this call/ });
    await expect(conflict).toBeVisible();
    const field = conflict.getByRole('group', { name: 'Disposition' });
    await expect(field).toContainText('Escalated to billing');
    await expect(field).toContainText('Refund approved');
    const patches = () =>
      loggedRequests(request).then((logged) => logged.filter((entry) => entry.method === 'PATCH').length);
    // Nothing was sent over the other agent's value.
    expect(await patches()).toBe(1);
    expect((await inboundCall(request)).call_disposition).toBe('Escalated to billing');

    await conflict.getByRole('button', { name: 'Keep mine' }).click();
    await expect(mine.getByText('Call updated.')).toBeVisible();
    expect(await patches()).toBe(2);
    expect((await inboundCall(request)).call_disposition).toBe('Refund approved');
  },
);
