// A script run in the app's frame before any of its own code (Playwright init
// script): it notes the time each awaited view is first on screen and the time
// of the latest click, on the page's own clock, so Playwright's polling delay
// never enters a figure.

import type { Frame } from 'playwright-core';

export interface ProbeCheck {
  /** The figure's name, e.g. `list` */
  readonly name: string;
  /** A regular expression a rendered h1–h6's text must match */
  readonly heading: string;
  /** Also require a `role="list"` inside the heading's section (the list itself is rendered) */
  readonly withList: boolean;
}

export interface ProbeConfig {
  /** Only the document at this path is watched; other frames are left alone */
  readonly appPath: string;
  readonly checks: readonly ProbeCheck[];
}

/** On the frame's clock (ms since its navigation started) */
export interface ProbeState {
  readonly timeOrigin: number;
  lastClickAt: number | null;
  readonly seen: Record<string, number>;
}

/** The few browser APIs the probe uses: scripts/ compile without the DOM library. */
interface ProbeElement {
  readonly textContent: string | null;
  getClientRects(): { readonly length: number };
  closest(selectors: string): ProbeElement | null;
  querySelector(selectors: string): ProbeElement | null;
  querySelectorAll(selectors: string): ArrayLike<ProbeElement>;
}

interface ProbeWindow {
  readonly location: { readonly pathname: string };
  readonly document: ProbeElement & {
    addEventListener(type: 'click', listener: (event: { readonly timeStamp: number }) => void, capture: boolean): void;
  };
  readonly MutationObserver: new (callback: () => void) => {
    observe(target: unknown, options: Record<string, boolean>): void;
  };
  requestAnimationFrame(callback: () => void): number;
  benchProbe?: ProbeState;
}

/**
 * Runs in the page. After each DOM change it checks, in the next animation
 * frame (the one that paints the change), which awaited headings are shown.
 */
function installProbe({ appPath, checks }: ProbeConfig): void {
  const page = globalThis as unknown as ProbeWindow;
  if (!page.location.pathname.endsWith(appPath)) return;
  const state: ProbeState = { timeOrigin: performance.timeOrigin, lastClickAt: null, seen: {} };
  page.benchProbe = state;
  page.document.addEventListener(
    'click',
    (event) => {
      state.lastClickAt = event.timeStamp;
    },
    true,
  );
  let scheduled = false;
  new page.MutationObserver(() => {
    if (scheduled) return;
    scheduled = true;
    page.requestAnimationFrame(() => {
      scheduled = false;
      const now = performance.now();
      const headings = Array.from(page.document.querySelectorAll('h1, h2, h3, h4, h5, h6')).filter(
        (heading) => heading.getClientRects().length > 0,
      );
      checks
        .filter((check) => state.seen[check.name] === undefined)
        .filter((check) =>
          headings.some(
            (heading) =>
              new RegExp(check.heading).test((heading.textContent ?? '').trim()) &&
              (!check.withList || (heading.closest('section')?.querySelector('[role="list"]') ?? null) !== null),
          ),
        )
        .forEach((check) => {
          state.seen[check.name] = now;
        });
    });
  }).observe(page.document, { childList: true, subtree: true, characterData: true, attributes: true });
}

/**
 * The probe as script text. tsx compiles with keepNames, which wraps named
 * inner functions in a `__name()` helper the page does not have: supply a no-op.
 */
export function probeScript(config: ProbeConfig): string {
  return `(() => { const __name = (target) => target; (${installProbe.toString()})(${JSON.stringify(config)}); })();`;
}

export async function readProbe(frame: Frame): Promise<ProbeState> {
  const state = await frame.evaluate(() => (globalThis as unknown as ProbeWindow).benchProbe);
  if (state === undefined) throw new Error(`the bench probe is not running in ${frame.url()}`);
  return state;
}

/** Waits until the probe has seen the named view; the time comes from the probe, not from this wait. */
export async function waitForSeen(frame: Frame, name: string, timeout: number): Promise<number> {
  await frame.waitForFunction(
    (check) => (globalThis as unknown as ProbeWindow).benchProbe?.seen[check] !== undefined,
    name,
    { timeout, polling: 50 },
  );
  const seen = (await readProbe(frame)).seen[name];
  if (seen === undefined) throw new Error(`the probe lost its ${name} mark`);
  return seen;
}
