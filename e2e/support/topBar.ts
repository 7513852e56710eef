// Helpers for stories about the sandbox's top bar: the probe page as a
// top-bar app (?topBarUrl=) and, when wanted, in the sidebar too.

import { expect, type Frame, type Page } from '@playwright/test';
import { registeredProbe, type ProbeGlobals } from './sandbox.ts';

export const PROBE = '/sandbox/host/probe.html';

export function topBarButton(page: Page) {
  return page.getByRole('button', { name: 'Call Logger' });
}

export function topBarFrameElement(page: Page) {
  return page.locator('iframe[data-location="top_bar"]');
}

export function sidebarFrameElement(page: Page) {
  return page.locator('iframe[data-location="ticket_sidebar"]');
}

/** The host page with the probe in the top bar (and in the sidebar when a ticket is open). */
export async function openTopBarHost(page: Page, query: string): Promise<void> {
  await page.goto(`/?${query}${query ? '&' : ''}appUrl=${PROBE}&topBarUrl=${PROBE}`);
  await expect(topBarButton(page)).toBeVisible();
}

/** Presses the top-bar button and waits until the pane's probe registered. */
export async function openPane(page: Page): Promise<Frame> {
  await topBarButton(page).click();
  await expect(topBarButton(page)).toHaveAttribute('aria-expanded', 'true');
  return registeredProbe(page, topBarFrameElement(page));
}

export function eventsOf(probe: Frame, name: string): Promise<unknown[]> {
  return probe.evaluate(
    (wanted) =>
      (globalThis as unknown as ProbeGlobals).zafEvents
        .filter((event) => event.name === wanted)
        .map(({ data }) => data),
    name,
  );
}
