// The sandbox's host page, checked in Chromium without depending on the app's
// UI: the ticket view, the control panel, and the ZAF host protocol spoken to
// the real SDK (the probe page in the sidebar).

import { expect, test } from './support/fixtures.ts';
import {
  SEED,
  appFrameElement,
  armFault,
  loggedRequests,
  openProbe,
  registeredProbe,
  resetSandbox,
  type ProbeGlobals,
} from './support/sandbox.ts';
import {
  PROBE,
  eventsOf,
  openPane,
  openTopBarHost,
  sidebarFrameElement,
  topBarButton,
  topBarFrameElement,
} from './support/topBar.ts';

test.beforeEach(async ({ request }) => {
  await resetSandbox(request);
});

test.describe('the ticket view', () => {
  test('shows the ticket, its requester and its voice comments as call cards', async ({ page }) => {
    await page.goto(`/?ticket=${SEED.tickets.twoCalls}`);
    await expect(page.locator('#ticket-subject')).toHaveText('Refund for order #48213');
    await expect(page.getByTestId('requester-email')).toHaveText('jonas.weber@example.de');
    await expect(page.getByTestId('requester-phone')).toHaveText('+493012345678');
    const calls = page.locator('[data-comment-type="TpeVoiceComment"]');
    await expect(calls).toHaveCount(2);
    await expect(calls.first()).toContainText('Call about the double charge');
    await expect(calls.first()).toContainText('Inbound call · via 45');
    await expect(calls.last()).toContainText('Outbound call · via 46');
    await expect(calls.last().locator('dd[data-field="duration"]')).toHaveText('220');
  });

  test('loads the app cross-origin from the manifest url with origin, app_guid and colorScheme', async ({
    page,
    baseURL,
  }) => {
    await page.goto(`/?ticket=${SEED.tickets.noCalls}&scheme=dark`);
    await expect(page.locator('html')).toHaveAttribute('data-scheme', 'dark');
    const src = new URL((await appFrameElement(page).getAttribute('src')) ?? '');
    expect(src.hostname).toBe('127.0.0.1');
    expect(src.pathname).toBe('/assets/iframe.html');
    expect(src.searchParams.get('origin')).toBe(baseURL);
    expect(src.searchParams.get('app_guid')).toMatch(/^[0-9a-f-]{36}$/);
    expect(src.searchParams.get('colorScheme')).toBe('dark');
  });

  test('redraws the conversation when the fake API changes the ticket', async ({ page, request }) => {
    await page.goto(`/?ticket=${SEED.tickets.noCalls}`);
    await expect(page.locator('[data-comment-type="TpeVoiceComment"]')).toHaveCount(0);
    const created = await request.post('/api/v2/calls', {
      data: {
        call: {
          app_id: SEED.appId,
          ticket_id: SEED.tickets.noCalls,
          from_line: '+14155550123',
          to_line: '+18005550199',
          direction: 'inbound',
          call_started_at: '2025-02-03T10:00:00+01:00',
        },
        comment: { title: 'Logged from a test', call_fields: ['call_started_at'] },
      },
    });
    expect(created.status()).toBe(201);
    const voice = page.locator('[data-comment-type="TpeVoiceComment"]');
    await expect(voice).toHaveCount(1);
    await expect(voice).toContainText('Logged from a test');
    await expect(voice.locator('dd[data-field="call_started_at"]')).toHaveText('2025-02-03T09:00:00Z');
  });
});

test.describe('the control panel', () => {
  test('opens from the keyboard and switches ticket and agent through the URL', async ({ page }) => {
    await openProbe(page);
    await page.locator('.sandbox-panel > summary').focus();
    await page.keyboard.press('Enter');
    await expect(page.locator('.sandbox-panel')).toHaveAttribute('open', '');
    await page
      .locator('#sandbox-panel')
      .getByLabel('Ticket', { exact: true })
      .selectOption(String(SEED.tickets.callInProgress));
    await expect(page).toHaveURL(new RegExp(`ticket=${SEED.tickets.callInProgress}`));
    await expect(page.locator('#ticket-subject')).toHaveText('Billing line: caller on the phone now');
    await page.locator('.sandbox-panel > summary').click();
    await page.locator('#sandbox-panel').getByLabel('Signed-in agent').selectOption(String(SEED.agents.spanish));
    await expect(page.locator('#signed-in-agent')).toContainText('Lucía García (es)');
  });

  test('arms and clears a fault', async ({ page, request }) => {
    // The probe makes no requests of its own that could use the fault up.
    await openProbe(page);
    await page.locator('.sandbox-panel > summary').click();
    await page.locator('#sandbox-panel').getByLabel('Fault', { exact: true }).selectOption('503');
    await page.locator('#sandbox-panel').getByLabel('Path (* matches anything)').fill('/api/v2/users/*');
    await page.getByRole('button', { name: 'Arm fault' }).click();
    await expect(page.locator('#sandbox-armed-faults')).toContainText('/api/v2/users/* → 503');
    expect((await request.get(`/api/v2/users/${SEED.agents.english}`)).status()).toBe(503);
    await page.getByRole('button', { name: 'Clear faults' }).click();
    await expect(page.locator('#sandbox-armed-faults')).toContainText('No fault armed.');
  });
});

test.describe('the ZAF host protocol with the real SDK', () => {
  test('registers the app with metadata and context', async ({ page }) => {
    const probe = await openProbe(page, `ticket=${SEED.tickets.twoCalls}&appId=0`);
    const registration = await probe.evaluate(() => (globalThis as unknown as ProbeGlobals).zafRegistration);
    expect(registration?.metadata).toMatchObject({
      appId: 0,
      name: 'Call Logger',
      settings: { title: 'Call Logger', default_country: 'US' },
    });
    expect(registration?.context).toMatchObject({
      product: 'support',
      location: 'ticket_sidebar',
      ticketId: SEED.tickets.twoCalls,
      account: { subdomain: 'sandbox' },
    });
  });

  test('answers get for known paths, and errors with a name for unknown ones', async ({ page }) => {
    const probe = await openProbe(page, `ticket=${SEED.tickets.noCalls}&agent=${SEED.agents.german}`);
    const batch = await probe.evaluate(() =>
      (globalThis as unknown as ProbeGlobals).zafClient.get([
        'ticket.id',
        'ticket.requester',
        'currentUser',
        'colorScheme',
        'ticket.nope',
      ]),
    );
    expect(batch['ticket.id']).toBe(SEED.tickets.noCalls);
    expect(batch['ticket.requester']).toMatchObject({
      name: 'Maria Rossi',
      phone: '+14155550123',
      identities: expect.arrayContaining([expect.objectContaining({ type: 'phone_number', value: '+14155550123' })]),
    });
    expect(batch.currentUser).toMatchObject({ locale: 'de', timeZone: { ianaName: 'Europe/Berlin', name: 'Berlin' } });
    expect(batch.colorScheme).toBe('light');
    expect(batch.errors).toMatchObject({ 'ticket.nope': { name: 'APIUnavailable' } });
    const single = await probe.evaluate(() =>
      (globalThis as unknown as ProbeGlobals).zafClient.get('ticket.nope').then(
        () => 'resolved',
        (error: unknown) => (error instanceof Error ? error.name : 'not an Error'),
      ),
    );
    expect(single).toBe('APIUnavailable');
  });

  test('proxies requests to the fake API: body, complete response, failures', async ({ page, request }) => {
    const probe = await openProbe(page, `ticket=${SEED.tickets.noCalls}`);
    const ticket = await probe.evaluate(() =>
      (globalThis as unknown as ProbeGlobals).zafClient.request('/api/v2/tickets/101.json'),
    );
    expect(ticket).toMatchObject({ ticket: { id: 101 } });

    const complete = await probe.evaluate(() =>
      (globalThis as unknown as ProbeGlobals).zafClient.request({
        url: '/api/v2/users/me.json',
        httpCompleteResponse: true,
      }),
    );
    expect(complete).toMatchObject({
      status: 200,
      responseJSON: { user: { id: SEED.agents.english } },
      headers: { 'x-rate-limit': '700' },
    });

    await armFault(request, { method: 'POST', path: '/api/v2/calls', status: 422 });
    const body = {
      call: {
        app_id: SEED.appId,
        from_line: '+1',
        to_line: '+2',
        direction: 'inbound',
        call_started_at: '2025-02-03T10:00:00Z',
      },
    };
    const failure = await probe.evaluate(
      (data) =>
        (globalThis as unknown as ProbeGlobals).zafClient
          .request({ url: '/api/v2/calls', type: 'POST', contentType: 'application/json', data: JSON.stringify(data) })
          .then(
            () => 'resolved',
            (reason: unknown) => reason,
          ),
      body,
    );
    expect(failure).toMatchObject({
      status: 422,
      statusText: 'Unprocessable Entity',
      responseJSON: { error: 'RecordInvalid' },
    });
    const logged = (await loggedRequests(request)).filter((entry) => entry.path === '/api/v2/calls');
    expect(logged).toEqual([expect.objectContaining({ method: 'POST', body, status: 422 })]);

    await armFault(request, { path: '/api/v2/tickets/*', drop: true });
    const dropped = await probe.evaluate(() =>
      (globalThis as unknown as ProbeGlobals).zafClient.request('/api/v2/tickets/101').then(
        () => 'resolved',
        (reason: unknown) => reason,
      ),
    );
    expect(dropped).toEqual({ status: 0, statusText: 'error', responseText: '' });
  });

  test('gives a 429 to an app that turns autoRetry off, and retries it otherwise', async ({ page, request }) => {
    const probe = await openProbe(page);
    await armFault(request, { path: '/api/v2/users/*', status: 429, headers: { 'Retry-After': '1' } });
    const limited = await probe.evaluate(() =>
      (globalThis as unknown as ProbeGlobals).zafClient.request({ url: '/api/v2/users/me', autoRetry: false }).then(
        () => 'resolved',
        (reason: unknown) => reason,
      ),
    );
    expect(limited).toMatchObject({ status: 429, headers: { 'retry-after': '1' } });
    await armFault(request, { path: '/api/v2/users/*', status: 429, headers: { 'Retry-After': '1' } });
    const retried = await probe.evaluate(() =>
      (globalThis as unknown as ProbeGlobals).zafClient.request('/api/v2/users/me'),
    );
    expect(retried).toMatchObject({ user: { id: SEED.agents.english } });
  });

  test('resizes the frame and rejects invokes it does not know', async ({ page }) => {
    const probe = await openProbe(page);
    await probe.evaluate(() =>
      (globalThis as unknown as ProbeGlobals).zafClient.invoke('resize', { width: '100%', height: '412px' }),
    );
    await expect(appFrameElement(page)).toHaveCSS('height', '412px');
    const unknown = await probe.evaluate(() =>
      (globalThis as unknown as ProbeGlobals).zafClient.invoke('instances.create', {}).then(
        () => 'resolved',
        (error: unknown) => (error instanceof Error ? error.name : 'not an Error'),
      ),
    );
    expect(unknown).toBe('APIUnavailable');
  });

  test('sends events: colour scheme without a reload, ticket.saved, triggers echoed back', async ({ page }) => {
    const probe = await openProbe(page);
    const guid = await appFrameElement(page).getAttribute('data-app-guid');
    await page.locator('.sandbox-panel > summary').click();
    await page.locator('#sandbox-panel').getByLabel('Colour scheme').selectOption('dark');
    await expect(page.locator('html')).toHaveAttribute('data-scheme', 'dark');
    await page.getByRole('button', { name: 'Submit as Open' }).click();
    await probe.evaluate(() => (globalThis as unknown as ProbeGlobals).zafClient.trigger('probe.echo', { ping: 1 }));
    await expect
      .poll(() => probe.evaluate(() => (globalThis as unknown as ProbeGlobals).zafEvents.map((event) => event.name)))
      .toEqual(expect.arrayContaining(['colorScheme.changed', 'ticket.saved', 'probe.echo']));
    const events = await probe.evaluate(() => (globalThis as unknown as ProbeGlobals).zafEvents);
    expect(events).toContainEqual({ name: 'colorScheme.changed', data: 'dark' });
    expect(events).toContainEqual({ name: 'probe.echo', data: { ping: 1 } });
    expect(await appFrameElement(page).getAttribute('data-app-guid')).toBe(guid);
  });

  test('reloads the app with the new settings when they change', async ({ page, request }) => {
    await openProbe(page);
    const guid = await appFrameElement(page).getAttribute('data-app-guid');
    expect(
      (await request.put('/__sandbox/settings', { data: { settings: { company_line: '+18005550100' } } })).ok(),
    ).toBe(true);
    await expect(appFrameElement(page)).not.toHaveAttribute('data-app-guid', guid ?? '');
    const probe = await registeredProbe(page);
    const settings = await probe.evaluate(
      () => (globalThis as unknown as ProbeGlobals).zafRegistration?.metadata.settings,
    );
    expect(settings).toMatchObject({ company_line: '+18005550100' });
  });
});

test.describe('the top bar, a second place for the app', () => {
  test('has a button for the app only when the manifest or ?topBarUrl= puts it there', async ({ page, request }) => {
    const manifest = (await (await request.get('/manifest.json')).json()) as { location: { support: object } };
    await page.goto(`/?ticket=${SEED.tickets.noCalls}`);
    await expect(page.locator('#ticket-subject')).toBeVisible();
    await expect(topBarButton(page)).toHaveCount('top_bar' in manifest.location.support ? 1 : 0);
    await page.goto(`/?ticket=${SEED.tickets.noCalls}&topBarUrl=${PROBE}`);
    await expect(topBarButton(page)).toHaveCount(1);
  });

  test('toggles the pane, whose frame is made on first open and kept when it closes', async ({ page }) => {
    await openTopBarHost(page, `ticket=${SEED.tickets.noCalls}`);
    await expect(topBarButton(page)).toHaveAttribute('aria-expanded', 'false');
    await expect(topBarFrameElement(page)).toHaveCount(0);
    await expect(sidebarFrameElement(page)).toHaveCount(1);

    await openPane(page);
    const pane = page.getByRole('dialog', { name: 'Call Logger' });
    await expect(pane).toBeVisible();
    const topGuid = await topBarFrameElement(page).getAttribute('data-app-guid');
    expect(topGuid).toMatch(/^[0-9a-f-]{36}$/);
    expect(topGuid).not.toBe(await sidebarFrameElement(page).getAttribute('data-app-guid'));
    expect(new URL((await topBarFrameElement(page).getAttribute('src')) ?? '').searchParams.get('app_guid')).toBe(
      topGuid,
    );

    await topBarButton(page).click();
    await expect(pane).toBeHidden();
    await expect(topBarButton(page)).toHaveAttribute('aria-expanded', 'false');
    await expect(topBarFrameElement(page)).toHaveCount(1);
    await topBarButton(page).click();
    await expect(pane).toBeVisible();
    await expect(topBarFrameElement(page)).toHaveAttribute('data-app-guid', topGuid ?? '');
  });

  test('registers the pane as top_bar with its own instance guid and no ticket', async ({ page }) => {
    await openTopBarHost(page, `ticket=${SEED.tickets.twoCalls}`);
    const probe = await openPane(page);
    const registration = await probe.evaluate(() => (globalThis as unknown as ProbeGlobals).zafRegistration);
    const guid = await topBarFrameElement(page).getAttribute('data-app-guid');
    expect(registration?.metadata).toMatchObject({ name: 'Call Logger' });
    expect(registration?.context).toEqual({
      instanceGuid: guid,
      product: 'support',
      account: { subdomain: 'sandbox' },
      location: 'top_bar',
    });
    const ticketRead = await probe.evaluate(() =>
      (globalThis as unknown as ProbeGlobals).zafClient.get('ticket.id').then(
        () => 'resolved',
        (error: unknown) => (error instanceof Error ? error.name : 'rejected'),
      ),
    );
    expect(ticketRead).toBe('APIUnavailable');
  });

  test('tells the app when the pane opens and closes; popover hide from the app closes it', async ({ page }) => {
    await openTopBarHost(page, `ticket=${SEED.tickets.noCalls}`);
    const probe = await openPane(page);
    await expect.poll(() => eventsOf(probe, 'pane.activated')).toHaveLength(1);

    await probe.evaluate(() => (globalThis as unknown as ProbeGlobals).zafClient.invoke('popover', 'hide'));
    await expect(page.getByRole('dialog', { name: 'Call Logger' })).toBeHidden();
    await expect(topBarButton(page)).toHaveAttribute('aria-expanded', 'false');
    await expect.poll(() => eventsOf(probe, 'pane.deactivated')).toHaveLength(1);

    await topBarButton(page).click();
    await expect.poll(() => eventsOf(probe, 'pane.activated')).toHaveLength(2);
    await probe.evaluate(() =>
      (globalThis as unknown as ProbeGlobals).zafClient.invoke('popover', { width: 420, height: 300 }),
    );
    await expect(topBarFrameElement(page)).toHaveCSS('height', '300px');
    await expect(topBarFrameElement(page)).toHaveCSS('width', '420px');
    await probe.evaluate(() =>
      (globalThis as unknown as ProbeGlobals).zafClient.invoke('notify', 'Hello from the top bar', 'notice'),
    );
    await expect(page.getByRole('status').filter({ hasText: 'Hello from the top bar' })).toBeVisible();
  });

  test('lists both instances, lets one drive the other, and hears a trigger in every instance', async ({ page }) => {
    await openTopBarHost(page, `ticket=${SEED.tickets.noCalls}`);
    const sidebar = await registeredProbe(page, sidebarFrameElement(page));
    const sidebarGuid = await sidebarFrameElement(page).getAttribute('data-app-guid');
    const instances = await sidebar.evaluate(() =>
      (globalThis as unknown as ProbeGlobals).zafClient.get('instances').then((result) => result.instances),
    );
    const entries = Object.entries(instances as Record<string, { location: string; ticketId?: number }>);
    expect(entries.map(([, instance]) => instance.location).sort()).toEqual(['ticket_sidebar', 'top_bar']);
    expect(Object.fromEntries(entries)[sidebarGuid ?? '']).toMatchObject({ ticketId: SEED.tickets.noCalls });
    const topGuid = entries.find(([, instance]) => instance.location === 'top_bar')?.[0] ?? '';

    // The pane never opened: the sidebar opens it through client.instance(guid).
    await sidebar.evaluate(
      (guid) =>
        (globalThis as unknown as { zafClient: { instance: (id: string) => ProbeGlobals['zafClient'] } }).zafClient
          .instance(guid)
          .invoke('popover', 'show'),
      topGuid,
    );
    const topBar = await registeredProbe(page, topBarFrameElement(page));
    expect(await topBarFrameElement(page).getAttribute('data-app-guid')).toBe(topGuid);

    await topBar.evaluate(() => {
      (globalThis as unknown as ProbeGlobals).zafClient.trigger('probe.echo', { from: 'top_bar' });
    });
    await expect.poll(() => eventsOf(sidebar, 'probe.echo')).toEqual([{ from: 'top_bar' }]);
    await expect.poll(() => eventsOf(topBar, 'probe.echo')).toEqual([{ from: 'top_bar' }]);
  });

  test('starts on the home view with no ticket, and routeTo opens a ticket with its sidebar', async ({ page }) => {
    await openTopBarHost(page, 'scheme=dark');
    await expect(page.getByRole('heading', { name: 'No ticket open' })).toBeVisible();
    await expect(sidebarFrameElement(page)).toHaveCount(0);
    await expect(page.locator('#ticket-subject')).toBeHidden();

    const probe = await openPane(page);
    const answer = await probe.evaluate(
      (ticketId) => (globalThis as unknown as ProbeGlobals).zafClient.invoke('routeTo', 'ticket', ticketId),
      SEED.tickets.oliviaOpenNewer,
    );
    expect(answer).toMatchObject({ errors: {} });
    await expect(page).toHaveURL(new RegExp(`[?&]ticket=${SEED.tickets.oliviaOpenNewer}(&|$)`));
    const url = new URL(page.url());
    expect(url.searchParams.get('scheme')).toBe('dark');
    expect(url.searchParams.get('topBarUrl')).toBe(PROBE);
    await expect(page.locator('#ticket-subject')).toHaveText('Change the invoice address');
    await expect(page.getByRole('heading', { name: 'No ticket open' })).toBeHidden();
    const sidebar = await registeredProbe(page, sidebarFrameElement(page));
    const context = await sidebar.evaluate(() => (globalThis as unknown as ProbeGlobals).zafRegistration?.context);
    expect(context).toMatchObject({ location: 'ticket_sidebar', ticketId: SEED.tickets.oliviaOpenNewer });
  });
});
