// Stories of date-times read and typed the agent's way: their Zendesk locale
// and time zone, not the browser's (this browser speaks English in Los Angeles).

import type { Page } from '@playwright/test';
import { expect, test } from './support/fixtures.ts';
import { SEED, loggedRequests, resetSandbox } from './support/sandbox.ts';
import { agentTyped, openTicket } from './support/sidebar.ts';

test.use({ locale: 'en-US', timezoneId: 'America/Los_Angeles' });

test.beforeEach(async ({ request }) => {
  await resetSandbox(request);
});

/** A German agent (Lena Schmidt, Berlin) opens the log form of the ticket with no calls. */
async function openGermanLogForm(page: Page) {
  const { app } = await openTicket(page, SEED.tickets.noCalls, `agent=${SEED.agents.german}`);
  await app.getByRole('button', { name: 'Anruf erfassen' }).click();
  return { app, start: app.getByRole('textbox', { name: 'Beginn' }) };
}

test('a German agent types the start the German way, logs, and Zendesk stores the instant they meant', async ({
  page,
  request,
}) => {
  const { app, start } = await openGermanLogForm(page);
  await expect(start).toHaveValue(/^\d{2}\.\d{2}\.\d{4}, \d{2}:\d{2}(:\d{2})?$/);
  await expect(start).toHaveAccessibleDescription('Zeitzone: Mitteleuropäische Zeit');

  const meant = Math.floor((Date.now() - 10 * 60_000) / 60_000) * 60_000;
  await start.fill('');
  await start.pressSequentially(agentTyped(meant, 'de', 'Europe/Berlin'));
  await start.press('Enter');

  await expect(app.getByText(`Anruf an Ticket #${SEED.tickets.noCalls} erfasst.`)).toBeVisible();
  const posts = (await loggedRequests(request)).filter((logged) => logged.method === 'POST');
  expect(posts).toHaveLength(1);
  const sent = (posts[0]?.body as { call: { call_started_at: string } }).call.call_started_at;
  expect(Date.parse(sent)).toBe(meant);
  // The call's clock runs from the start the agent typed: ten minutes and some seconds.
  await expect(app.getByRole('timer')).toHaveText(/^0:1[01]:\d{2}$/);
});

test('an unreadable start is kept as typed, with an example of what the field takes, and nothing is sent', async ({
  page,
  request,
}) => {
  const { app, start } = await openGermanLogForm(page);
  await start.fill('gestern um 7');
  await app.getByRole('button', { name: 'Anruf erfassen' }).click();

  await expect(app.getByText(/^Geben Sie Datum und Uhrzeit ein, z\. B\. 17\.01\.\d{4}, 19:29\.$/)).toBeVisible();
  await expect(start).toHaveValue('gestern um 7');
  expect((await loggedRequests(request)).filter((logged) => logged.method === 'POST')).toHaveLength(0);
});
