// axe-core on every view of the app, in both colour schemes: no serious or
// critical violation. The host page is the sandbox's, not ours: only the app's frame is checked.

import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { expect, test } from './support/fixtures.ts';
import { SEED, resetSandbox } from './support/sandbox.ts';
import { openTicket } from './support/sidebar.ts';

test.beforeEach(async ({ request }) => {
  await resetSandbox(request);
});

async function seriousViolations(page: Page): Promise<string[]> {
  const results = await new AxeBuilder({ page }).include('iframe.zd-app-frame').analyze();
  // Nodes inside a frame have a two-part target (frame, then element): proof the app itself was checked.
  expect(results.passes.some((rule) => rule.nodes.some((node) => node.target.length > 1))).toBe(true);
  return results.violations
    .filter((violation) => violation.impact === 'serious' || violation.impact === 'critical')
    .map(
      (violation) =>
        `${violation.id}: ${violation.help} (${violation.nodes.map((node) => node.target.join(' ')).join(', ')})`,
    );
}

for (const scheme of ['light', 'dark'] as const) {
  test(`every view passes axe in the ${scheme} scheme`, async ({ page }) => {
    // Four axe runs over two frames: on a busy 2-core machine that alone can pass the default 30 s.
    test.slow();
    const { app } = await openTicket(page, SEED.tickets.twoCalls, `scheme=${scheme}`);
    expect(await seriousViolations(page), 'list').toEqual([]);

    await app.getByRole('button', { name: /Inbound call/ }).click();
    await app.getByRole('button', { name: 'Show empty fields' }).click();
    expect(await seriousViolations(page), 'details').toEqual([]);

    await app.getByRole('button', { name: 'Update call' }).click();
    await app.getByRole('button', { name: /^Timing/ }).click();
    await app.getByRole('button', { name: 'Save changes' }).click();
    expect(await seriousViolations(page), 'update form').toEqual([]);

    await app.getByRole('button', { name: 'Cancel' }).first().click();
    await app.getByRole('button', { name: /All calls/ }).click();
    await app.getByRole('button', { name: 'Log a call' }).click();
    await app.getByRole('textbox', { name: 'From' }).fill('nonsense');
    await app.getByRole('button', { name: /Fields the comment shows/ }).click();
    await app.getByRole('button', { name: 'Log call' }).click();
    await expect(app.getByText('Enter a phone number, e.g. +1 415 555 0123.')).toBeVisible();
    expect(await seriousViolations(page), 'log form with errors').toEqual([]);
  });
}
