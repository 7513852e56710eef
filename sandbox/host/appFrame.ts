// One app instance's iframe (the ticket sidebar's or the top bar's): its
// cross-origin URL, and the ZAF host bound to it (only messages from that
// frame and origin are heard).

import type { HostView, SandboxTicket, SandboxUser } from '../shared/types';
import type { Scenario } from './scenario';
import { buildZafData, lookUp, type Lookup } from './zaf/data';
import { ZafHost, type Registration } from './zaf/protocol';
import { proxyRequest, type ProxyOutcome } from './zaf/requests';
import { readResize } from './zaf/resize';
import { unavailable, type Outcome, type RpcHandlers } from './zaf/rpc';
import { editTicket } from './zaf/ticketEdits';

export interface HostSnapshot {
  view: HostView;
  /** null on the home view. */
  ticket: SandboxTicket | null;
  agent: SandboxUser;
  scenario: Scenario;
}

export type AppLocation = 'ticket_sidebar' | 'top_bar';

/** What the page around the frames answers for an instance: other instances, popover, routeTo. */
export interface Workspace {
  /** Extra paths for `get` (e.g. `instances`). */
  data: () => Record<string, unknown>;
  /** An invoke the frame does not handle itself; undefined: not available here. */
  invoke: (instance: AppFrame, name: string, args: unknown[]) => Outcome | undefined;
  rpcFor: (instanceGuid: string) => RpcHandlers | undefined;
  trigger: (eventName: string, data: unknown) => void;
}

export interface AppFrameOptions {
  location: AppLocation;
  container: HTMLElement;
  /** The page's url of the location (manifest or query override). */
  url: (snapshot: HostSnapshot) => string;
  /** A fixed instance guid (the top bar's exists before its frame does); default: a new one per load. */
  appGuid?: string;
  frameClass: string;
  initialSize: { width?: string; height: string };
  snapshot: () => HostSnapshot;
  workspace: Workspace;
  /** The agent changed the ticket through client.set (unsaved). */
  onTicketEdited?: (ticket: SandboxTicket) => void;
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

export function appFrameUrl(location: string, scheme: string, hostOrigin: string, appOrigin: string, appGuid: string) {
  const url = /^https?:\/\//.test(location) ? new URL(location) : new URL(location.replace(/^\/?/, '/'), appOrigin);
  url.searchParams.set('origin', hostOrigin);
  url.searchParams.set('app_guid', appGuid);
  url.searchParams.set('colorScheme', scheme);
  return url;
}

export class AppFrame {
  readonly #options: AppFrameOptions;
  #guid: string;
  #frame: HTMLIFrameElement | null = null;
  #host: ZafHost | null = null;
  #stopListening: (() => void) | null = null;

  constructor(options: AppFrameOptions) {
    this.#options = options;
    this.#guid = options.appGuid ?? crypto.randomUUID();
  }

  get location(): AppLocation {
    return this.#options.location;
  }

  get guid(): string {
    return this.#guid;
  }

  get host(): ZafHost | null {
    return this.#host;
  }

  get frame(): HTMLIFrameElement | null {
    return this.#frame;
  }

  /** The context this instance registers with, also what `instances` lists for it. */
  context(): Record<string, unknown> {
    const { view, ticket } = this.#options.snapshot();
    return {
      instanceGuid: this.#guid,
      product: 'support',
      account: { subdomain: view.subdomain },
      location: this.#options.location,
      ...(this.#options.location === 'ticket_sidebar' && ticket ? { ticketId: ticket.id } : {}),
    };
  }

  /** (Re)loads the app as a new instance, as Zendesk does after a settings change. */
  load(): void {
    this.#stopListening?.();
    const snapshot = this.#options.snapshot();
    if (this.#options.appGuid === undefined && this.#frame) this.#guid = crypto.randomUUID();
    const appGuid = this.#guid;
    const url = appFrameUrl(
      this.#options.url(snapshot),
      snapshot.scenario.scheme,
      window.location.origin,
      appOriginFor(window.location),
      appGuid,
    );
    const appOrigin = url.origin;

    const frame = document.createElement('iframe');
    frame.src = url.href;
    frame.title = `${snapshot.view.app.name} (app)`;
    frame.className = this.#options.frameClass;
    frame.style.height = this.#options.initialSize.height;
    if (this.#options.initialSize.width) frame.style.width = this.#options.initialSize.width;
    frame.dataset.appGuid = appGuid;
    frame.dataset.location = this.#options.location;
    this.#frame = frame;

    const { workspace } = this.#options;
    const host = new ZafHost({
      appGuid,
      send: (message) => frame.contentWindow?.postMessage(message, appOrigin),
      registration: () => this.#registration(),
      rpc: this.handlers(),
      rpcFor: workspace.rpcFor,
      onTrigger: workspace.trigger,
      request: (options) => this.#request(options),
      log: snapshot.scenario.debug
        ? (direction, message) => console.debug(`[zaf ${direction} ${this.#options.location}]`, message)
        : undefined,
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

    this.#host = host;
    this.#options.container.replaceChildren(frame);
    this.#options.onSubscriptionsChange([]);
  }

  fire(eventName: string, data?: unknown): boolean {
    return this.#host?.fire(eventName, data) ?? false;
  }

  /** Answers get/set/invoke for this instance, also when another instance asks through client.instance(guid). */
  handlers(): RpcHandlers {
    return {
      get: (path) => this.#get(path),
      set: (path, value) => this.#set(path, value),
      invoke: (name, args) => this.#invoke(name, args),
    };
  }

  #get(path: string): Lookup {
    const { view, ticket, agent, scenario } = this.#options.snapshot();
    const data = buildZafData({
      view,
      ticket: this.#options.location === 'ticket_sidebar' ? ticket : null,
      agent,
      scheme: scenario.scheme,
      viewport: { width: window.innerWidth, height: window.innerHeight },
    });
    return lookUp({ ...data, ...this.#options.workspace.data() }, path);
  }

  #registration(): Registration {
    const { view, scenario } = this.#options.snapshot();
    return {
      metadata: {
        appId: scenario.appId ?? view.appId,
        installationId: INSTALLATION_ID,
        name: view.app.name,
        version: view.app.version,
        settings: view.settings,
      },
      context: this.context(),
    };
  }

  #set(path: string, value: unknown): Outcome {
    const { ticket } = this.#options.snapshot();
    if (!ticket || this.#options.location !== 'ticket_sidebar') return { ok: false, error: unavailable(path) };
    const edit = editTicket(ticket, path, value);
    if (!edit.ok) return edit;
    this.#options.onTicketEdited?.(edit.ticket);
    return { ok: true, value };
  }

  #invoke(name: string, args: unknown[]): Outcome {
    switch (name) {
      case 'resize': {
        const resize = readResize(args[0]);
        if (!resize.ok) return { ok: false, error: { name: 'InvalidArgument', message: resize.reason } };
        const frame = this.#frame;
        if (frame && resize.size.height !== undefined) frame.style.height = resize.size.height;
        // A pane has no width of its own to take a share of: it keeps the manifest's width then.
        const relative = this.#options.location === 'top_bar' && resize.size.width?.endsWith('%');
        if (frame && resize.size.width !== undefined && !relative) frame.style.width = resize.size.width;
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
        return this.#options.workspace.invoke(this, name, args) ?? { ok: false, error: unavailable(`invoke ${name}`) };
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
