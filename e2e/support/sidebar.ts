// The Call Logger in the sandbox's ticket sidebar, as a person sees it.

import { expect, type FrameLocator, type Locator, type Page } from '@playwright/test';
import { appFrameElement } from './sandbox.ts';

export interface Sidebar {
  app: FrameLocator;
  /** The iframe element in the host page */
  frame: Locator;
}

/** Opens a ticket in the host page and waits until the app has listed its calls. */
export async function openTicket(page: Page, ticket: number, query = ''): Promise<Sidebar> {
  await page.goto(`/?ticket=${ticket}${query === '' ? '' : `&${query}`}`);
  const app = page.frameLocator('iframe.zd-app-frame');
  await expect(
    app.getByRole('heading', { name: /Calls on this ticket|Anrufe an diesem Ticket|Llamadas de este ticket/ }),
  ).toBeVisible();
  return { app, frame: appFrameElement(page) };
}

/** The host page's rendering of the ticket's voice comments. */
export function voiceComments(page: Page): Locator {
  return page.locator('[data-comment-type="TpeVoiceComment"]');
}

/** The height the host gave the app's iframe, in CSS pixels. */
export async function frameHeight(sidebar: Sidebar): Promise<number> {
  const box = await sidebar.frame.boundingBox();
  return box?.height ?? 0;
}

/** An instant as an agent of `locale` in `timeZone` reads and types it ("17.01.2024, 19:29" in German). */
export function agentTyped(instant: number, locale: string, timeZone: string, withSeconds = false): string {
  return new Intl.DateTimeFormat(locale, {
    timeZone,
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
    ...(withSeconds ? { second: '2-digit' } : {}),
  }).format(instant);
}
