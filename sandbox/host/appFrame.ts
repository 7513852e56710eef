// The app's iframe in the sidebar: its cross-origin URL, and the ZAF host
// bound to it (only messages from that frame and origin are heard).

import type { HostView, SandboxTicket, SandboxUser } from '../shared/types';
import type { Scenario } from './scenario';
import { buildZafData, lookUp } from './zaf/data';
import { ZafHost, type Registration } from './zaf/protocol';
import { proxyRequest, type ProxyOutcome } from './zaf/requests';
import { readResize } from './zaf/resize';
import { unavailable, type Outcome } from './zaf/rpc';
import { editTicket } from './zaf/ticketEdits';

export interface HostSnapshot {
  view: HostView;
  ticket: SandboxTicket;
  agent: SandboxUser;
  scenario: Scenario;
}

export interface AppFrameOptions {
  container: HTMLElement;
  snapshot: () => HostSnapshot;
  /** The agent changed the ticket through client.set (unsaved). */
  onTicketEdited: (ticket: SandboxTicket) => void;
  onRequestSettled: (outcome: ProxyOutcome) => void;
  onSubscriptionsChange: (eventNames: string[]) => void;
  notify: (message: string, kind: string) => void;
}

export const INITIAL_HEIGHT = '400px';
const INSTALLATION_ID = 360019791234;

/** Host and app must be cross-origin as in Zendesk: localhost for one, 127.0.0.1 for the other. */
export function appOriginFor(hostLocation: Location): string {
  const otherHost = hostLocation.hostname === 'localhost' ? '127.0.0.1' : 'localhost';
  return `${hostLocation.protocol}//${otherHost}${hostLocation.port ? `:${hostLocation.port}` : ''}`;
}

export function appFrameUrl(snapshot: HostSnapshot, hostOrigin: string, appOrigin: string, appGuid: string): URL {
  const location = snapshot.scenario.appUrl ?? snapshot.view.app.locationUrl ?? '';
  const url = /^https?:\/\//.test(location) ? new URL(location) : new URL(location.replace(/^\/?/, '/'), appOrigin);
  url.searchParams.set('origin', hostOrigin);
  url.searchParams.set('app_guid', appGuid);
  url.searchParams.set('colorScheme', snapshot.scenario.scheme);
  return url;
}

export class AppFrame {
  readonly #options: AppFrameOptions;
  #frame: HTMLIFrameElement | null = null;
  #host: ZafHost | null = null;
  #stopListening: (() => void) | null = null;

  constructor(options: AppFrameOptions) {
    this.#options = options;
  }

  get host(): ZafHost | null {
    return this.#host;
  }

  /** (Re)loads the app as a new instance, as Zendesk does after a settings change. */
  load(): void {
    this.#stopListening?.();
    const snapshot = this.#options.snapshot();
    const hostOrigin = window.location.origin;
    const appGuid = crypto.randomUUID();
    const url = appFrameUrl(snapshot, hostOrigin, appOriginFor(window.location), appGuid);
    const appOrigin = url.origin;

    const frame = document.createElement('iframe');
    frame.src = url.href;
    frame.title = `${snapshot.view.app.name} (app)`;
    frame.className = 'zd-app-frame';
    frame.style.height = INITIAL_HEIGHT;
    frame.dataset.appGuid = appGuid;

    const host = new ZafHost({
      appGuid,
      send: (message) => frame.contentWindow?.postMessage(message, appOrigin),
      registration: () => this.#registration(appGuid),
      rpc: {
        get: (path) => lookUp(this.#data(), path),
        set: (path, value) => this.#set(path, value),
        invoke: (name, args) => this.#invoke(frame, name, args),
      },
      request: (options) => this.#request(options),
      log: snapshot.scenario.debug ? (direction, message) => console.debug(`[zaf ${direction}]`, message) : undefined,
      warn: (message) => console.warn(`[Zendesk sandbox] ${message}`),
      onSubscriptionsChange: this.#options.onSubscriptionsChange,
      onRequestSettled: this.#options.onRequestSettled,
    });
    const onMessage = (event: MessageEvent) => {
      if (event.source === frame.contentWindow && event.origin === appOrigin) host.receive(event.data);
    };
    const onLoad = () => host.frameLoaded();
    window.addEventListener('message', onMessage);
    frame.addEventListener('load', onLoad);
    this.#stopListening = () => window.removeEventListener('message', onMessage);

    this.#frame = frame;
    this.#host = host;
    this.#options.container.replaceChildren(frame);
    this.#options.onSubscriptionsChange([]);
  }

  fire(eventName: string, data?: unknown): boolean {
    return this.#host?.fire(eventName, data) ?? false;
  }

  get frame(): HTMLIFrameElement | null {
    return this.#frame;
  }

  #data() {
    const { view, ticket, agent, scenario } = this.#options.snapshot();
    return buildZafData({
      view,
      ticket,
      agent,
      scheme: scenario.scheme,
      viewport: { width: window.innerWidth, height: window.innerHeight },
    });
  }

  #registration(appGuid: string): Registration {
    const { view, ticket, scenario } = this.#options.snapshot();
    return {
      metadata: {
        appId: scenario.appId ?? view.appId,
        installationId: INSTALLATION_ID,
        name: view.app.name,
        version: view.app.version,
        settings: view.settings,
      },
      context: {
        instanceGuid: appGuid,
        product: 'support',
        account: { subdomain: view.subdomain },
        location: 'ticket_sidebar',
        ticketId: ticket.id,
      },
    };
  }

  #set(path: string, value: unknown): Outcome {
    const edit = editTicket(this.#options.snapshot().ticket, path, value);
    if (!edit.ok) return edit;
    this.#options.onTicketEdited(edit.ticket);
    return { ok: true, value };
  }

  #invoke(frame: HTMLIFrameElement, name: string, args: unknown[]): Outcome {
    switch (name) {
      case 'resize': {
        const resize = readResize(args[0]);
        if (!resize.ok) return { ok: false, error: { name: 'InvalidArgument', message: resize.reason } };
        if (resize.size.height !== undefined) frame.style.height = resize.size.height;
        if (resize.size.width !== undefined) frame.style.width = resize.size.width;
        return { ok: true, value: resize.size };
      }
      case 'notify': {
        const [message, kind] = args;
        this.#options.notify(
          typeof message === 'string' ? message : JSON.stringify(message),
          typeof kind === 'string' ? kind : 'notice',
        );
        return { ok: true, value: null };
      }
      case 'track':
        return { ok: true, value: null };
      default:
        return { ok: false, error: unavailable(`invoke ${name}`) };
    }
  }

  #request(options: unknown): Promise<ProxyOutcome> {
    const { view, agent } = this.#options.snapshot();
    return proxyRequest(options, {
      fetch: (input, init) => fetch(input, init),
      hostOrigin: window.location.origin,
      subdomain: view.subdomain,
      agentId: agent.id,
      sleep: (ms) => new Promise((resolve) => setTimeout(resolve, ms)),
      warn: (message) => console.warn(`[Zendesk sandbox] ${message}`),
    });
  }
}
