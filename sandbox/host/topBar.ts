// A top-bar app: its icon button in Zendesk's top bar and the pane (popover)
// it toggles. The pane's iframe is made on first open (no preloadPane) and
// kept, hidden, when the pane closes, as Zendesk keeps it.

import type { TopBarLocation } from '../shared/types';
import { AppFrame, type AppFrameOptions } from './appFrame';
import { h, icon, ICONS } from './dom';
import { readResize } from './zaf/resize';
import type { Outcome } from './zaf/rpc';

export interface TopBarOptions {
  appName: string;
  location: TopBarLocation;
  /** Where the button goes (in the top bar) and where the pane opens. */
  buttons: HTMLElement;
  panes: HTMLElement;
  frame: Omit<AppFrameOptions, 'location' | 'container' | 'appGuid' | 'frameClass' | 'initialSize' | 'url'>;
}

type PopoverAction = 'show' | 'hide' | 'toggle';

export class TopBarPane {
  readonly app: AppFrame;
  readonly #button: HTMLButtonElement;
  readonly #pane: HTMLElement;
  #open = false;
  /** The pane opened before the app could listen (first open): pane.activated waits for its subscription. */
  #activationPending = false;

  constructor(options: TopBarOptions) {
    const { location } = options;
    const body = h('div', { class: 'zd-top-bar-pane-body' });
    this.#pane = h(
      'div',
      { class: 'zd-top-bar-pane', id: 'top-bar-pane', role: 'dialog', 'aria-label': options.appName, hidden: true },
      body,
    );
    const glyph = location.iconUrl
      ? h('span', { class: 'zd-top-bar-icon', 'aria-hidden': 'true' })
      : icon(ICONS.apps, 'zd-icon zd-top-bar-icon--fallback');
    if (location.iconUrl && glyph instanceof HTMLElement) {
      // A mask keeps the icon's currentColor rule: it takes the button's colour, as in Zendesk.
      glyph.style.setProperty('--zd-top-bar-icon', `url("${location.iconUrl}")`);
    }
    this.#button = h(
      'button',
      {
        type: 'button',
        class: 'zd-top-bar-app',
        'aria-label': options.appName,
        'aria-expanded': 'false',
        'aria-controls': 'top-bar-pane',
        title: options.appName,
      },
      glyph,
    );
    this.#button.addEventListener('click', () => this.popover('toggle'));
    this.#pane.addEventListener('keydown', (event) => {
      if (event.key === 'Escape') this.popover('hide');
    });
    options.buttons.append(this.#button);
    options.panes.append(this.#pane);

    const onSubscriptionsChange = options.frame.onSubscriptionsChange;
    this.app = new AppFrame({
      ...options.frame,
      location: 'top_bar',
      container: body,
      url: () => location.url,
      appGuid: crypto.randomUUID(),
      frameClass: 'zd-top-bar-frame',
      initialSize: { width: location.width, height: location.height },
      onSubscriptionsChange: (names) => {
        onSubscriptionsChange(names);
        if (this.#activationPending && this.#open && names.includes('pane.activated')) {
          this.#activationPending = false;
          this.app.fire('pane.activated');
        }
      },
    });
  }

  get isOpen(): boolean {
    return this.#open;
  }

  /** invoke('popover', 'show'|'hide'|'toggle') or invoke('popover', {width, height}). */
  popover(argument: unknown): Outcome {
    if (typeof argument === 'object' && argument !== null) {
      const resize = readResize(argument);
      if (!resize.ok) return { ok: false, error: { name: 'InvalidArgument', message: resize.reason } };
      const frame = this.app.frame;
      if (frame && resize.size.width !== undefined) frame.style.width = resize.size.width;
      if (frame && resize.size.height !== undefined) frame.style.height = resize.size.height;
      return { ok: true, value: resize.size };
    }
    const action: PopoverAction | undefined = (['show', 'hide', 'toggle'] as const).find((name) => name === argument);
    if (!action) {
      return {
        ok: false,
        error: { name: 'InvalidArgument', message: "popover expects 'show', 'hide', 'toggle' or {width, height}" },
      };
    }
    const open = action === 'toggle' ? !this.#open : action === 'show';
    if (open !== this.#open) this.#setOpen(open);
    return { ok: true, value: null };
  }

  #setOpen(open: boolean): void {
    this.#open = open;
    this.#pane.hidden = !open;
    this.#button.setAttribute('aria-expanded', String(open));
    this.#button.classList.toggle('zd-top-bar-app--open', open);
    if (!open) {
      this.#activationPending = false;
      this.app.fire('pane.deactivated');
      return;
    }
    if (!this.app.frame) {
      this.#activationPending = true;
      this.app.load();
      return;
    }
    if (!this.app.fire('pane.activated')) this.#activationPending = !this.app.host?.registered;
  }
}
