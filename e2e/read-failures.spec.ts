// Stories of what the agent sees when part of a ticket cannot be read, when a
// record holds hostile values, and when a ticket is long: the real build, the sandbox.

import { performance } from 'node:perf_hooks';
import {
  HOSTILE_MARKER,
  HOSTILE_TEXTS,
  HOSTILE_URLS,
  LONG_PHONE,
  megabyteTranscript,
} from '../src/test/hostileStrings.ts';
import { expect, test } from './support/fixtures.ts';
import { SEED, armFault, loggedRequests, resetSandbox } from './support/sandbox.ts';
import { openTicket, voiceComments } from './support/sidebar.ts';

const REFUND_INBOUND = 16444799095826;
const LONG_TICKET = 120;

test.beforeEach(async ({ request }) => {
  await resetSandbox(request);
});

test('a call Zendesk cannot find gets a card of its own, is counted, and Retry reads only that record', async ({
  page,
  request,
}) => {
  await armFault(request, { method: 'GET', path: `/api/v2/calls/${REFUND_INBOUND}`, status: 404, times: 1 });
  const { app } = await openTicket(page, SEED.tickets.twoCalls);
  const card = app.getByRole('group', { name: 'This call could not be loaded' });
  await expect(card).toBeVisible();
  await expect(card).toContainText(`Call ID ${REFUND_INBOUND}`);
  await expect(app.getByText('2 calls')).toBeVisible();
  await expect(app.getByText('No calls logged on this ticket yet.')).toHaveCount(0);
  await expect(app.locator('body')).not.toContainText(/entries/i);

  await request.delete('/__sandbox/requests');
  await card.getByRole('button', { name: 'Try again' }).click();
  await expect(app.getByRole('button', { name: /Inbound call/ })).toBeVisible();
  await expect(card).toHaveCount(0);
  const reads = (await loggedRequests(request)).filter((logged) => logged.path.startsWith('/api/v2/'));
  expect(reads.map((logged) => `${logged.method} ${logged.path}`)).toEqual([`GET /api/v2/calls/${REFUND_INBOUND}`]);
});

test('an HTML error page instead of the comments is a clear message in the list’s place, never a blank sidebar', async ({
  page,
  request,
}) => {
  await armFault(request, {
    method: 'GET',
    path: `/api/v2/tickets/${SEED.tickets.twoCalls}/comments`,
    status: 502,
    contentType: 'text/html; charset=utf-8',
    body: '<!DOCTYPE html><html><head><title>502 Bad Gateway</title></head><body><h1>Bad Gateway</h1></body></html>',
    times: 10,
  });
  await page.goto(`/?ticket=${SEED.tickets.twoCalls}`);
  const app = page.frameLocator('iframe.zd-app-frame');
  await expect(app.getByText(/Zendesk had a problem \(error 502\) while reading/)).toBeVisible({ timeout: 15_000 });
  await expect(app.getByRole('button', { name: 'Try again' })).toBeVisible();
  await expect(app.locator('body')).not.toContainText(/entries|<html/i);
});

test('hostile values in call records show as text everywhere, and a 1 MB transcript keeps the page usable', async ({
  page,
  request,
}) => {
  const dialogs: string[] = [];
  page.on('dialog', (dialog) => {
    dialogs.push(dialog.message());
    void dialog.dismiss();
  });
  const base = { app_id: SEED.appId, ticket_id: SEED.tickets.noCalls, to_line: '+18005550199' };
  const hostile = await request.post('/api/v2/calls', {
    data: {
      call: {
        ...base,
        direction: 'inbound',
        from_line: LONG_PHONE,
        from_line_nickname: HOSTILE_TEXTS.imgOnError,
        call_started_at: '2025-02-03T10:00:00Z',
        summary: HOSTILE_TEXTS.linkMarkup,
        call_disposition: `${HOSTILE_TEXTS.rightToLeft} ${HOSTILE_TEXTS.emoji}`,
        queue_name: HOSTILE_TEXTS.json,
        disconnection_reason: HOSTILE_TEXTS.controlCharacters,
        recording_url: HOSTILE_URLS[0],
      },
      comment: {
        title: HOSTILE_TEXTS.scriptTag,
        call_fields: ['from_line', 'summary', 'recording_url', 'call_disposition'],
      },
    },
  });
  expect(hostile.status()).toBe(201);
  const long = await request.post('/api/v2/calls', {
    data: {
      call: {
        ...base,
        direction: 'outbound',
        from_line: '+18005550199',
        to_line: '+14155550123',
        call_started_at: '2025-02-02T10:00:00Z',
        transcript: megabyteTranscript(),
        recording_url: HOSTILE_URLS[4],
      },
      comment: { title: 'A very long call', call_fields: ['from_line'] },
    },
  });
  expect(long.status()).toBe(201);

  const { app } = await openTicket(page, SEED.tickets.noCalls);
  await expect(app.getByText('2 calls')).toBeVisible();
  await expect(voiceComments(page)).toHaveCount(2);
  await expect(voiceComments(page).first()).toContainText(HOSTILE_TEXTS.scriptTag);

  await app.getByRole('button', { name: /Inbound call/ }).click();
  await expect(app.getByText(HOSTILE_TEXTS.linkMarkup)).toBeVisible();
  await expect(app.getByText(HOSTILE_URLS[0])).toBeVisible();
  await app.getByRole('button', { name: 'All calls' }).click();

  const opening = performance.now();
  await app.getByRole('button', { name: /Outbound call/ }).click();
  await expect(app.getByRole('button', { name: 'Show the whole transcript' })).toBeVisible();
  console.log(`details of a call with a 1 MB transcript shown in ${Math.round(performance.now() - opening)} ms`);

  await app.getByRole('button', { name: 'Show the whole transcript' }).click();
  const box = app.getByRole('region', { name: 'The whole text' });
  await expect(box).toBeVisible();
  expect((await box.boundingBox())?.height ?? Infinity).toBeLessThan(400);
  expect(await app.locator('body').evaluate((body) => body.scrollHeight)).toBeLessThan(3000);
  await expect(app.getByRole('button', { name: 'Show less' })).toBeInViewport();
  await app.getByRole('button', { name: 'Show less' }).click();
  await expect(box).toHaveCount(0);

  for (const root of [page.locator('body'), app.locator('body')]) {
    await expect(root.locator('img[src="x"], iframe[src^="javascript"], svg[onload]')).toHaveCount(0);
    await expect(root.locator('a[href^="javascript" i], a[href^="data" i], a[href^="vbscript" i]')).toHaveCount(0);
  }
  expect(await page.evaluate((marker) => marker in window, HOSTILE_MARKER)).toBe(false);
  expect(dialogs).toEqual([]);
});

test('a ticket with 2,000 comments and 50 calls lists all 50, first cards before the last record', async ({
  page,
  request,
}) => {
  const started = performance.now();
  await page.goto(`/?ticket=${LONG_TICKET}`);
  const app = page.frameLocator('iframe.zd-app-frame');
  await expect(app.getByRole('listitem').first()).toBeVisible({ timeout: 20_000 });
  const firstCards = performance.now() - started;
  await expect(app.getByRole('listitem')).toHaveCount(50, { timeout: 30_000 });
  const allCards = performance.now() - started;
  console.log(
    `ticket ${LONG_TICKET} (2,000 comments, 50 calls): first cards after ${Math.round(firstCards)} ms, all 50 after ${Math.round(allCards)} ms`,
  );
  await expect(app.getByText('50 calls')).toBeVisible();
  await expect(app.getByRole('status')).toHaveCount(0);
  const reads = (await loggedRequests(request)).filter((logged) => logged.method === 'GET');
  expect(reads.filter((logged) => /\/comments(\.json)?$/.test(logged.path))).toHaveLength(20);
  const records = reads.filter((logged) => logged.path.startsWith('/api/v2/calls/')).map((logged) => logged.path);
  expect(records).toHaveLength(50);
  expect(new Set(records).size).toBe(50);
  await app.getByRole('button', { name: 'Log a call' }).click();
  await expect(app.getByRole('heading', { name: 'Log a call' })).toBeVisible();
});
