// The host side of the ZAF v2 wire protocol, as zendesk_app_framework_sdk
// 2.0.11 (lib/client.js) speaks it. Free of the DOM: the frame binding hands
// it checked messages and a way to post back, so it is unit-tested in Node.

import type { ProxyOutcome } from './requests';
import { answerRpc, type RpcHandlers } from './rpc';

export interface Registration {
  metadata: unknown;
  context: unknown;
}

export interface ZafHostOptions {
  appGuid: string;
  /** Posts one message to the app's window (already JSON). */
  send: (message: string) => void;
  registration: () => Registration;
  rpc: RpcHandlers;
  /** The handlers of another instance of the app, for `client.instance(guid).get/invoke(...)`. */
  rpcFor?: (instanceGuid: string) => RpcHandlers | undefined;
  /** `client.trigger(name)`: ZAF delivers it to every instance of the app; without this, only back to this one. */
  onTrigger?: (eventName: string, data: unknown) => void;
  request: (options: unknown) => Promise<ProxyOutcome>;
  log?: (direction: 'from app' | 'to app', message: unknown) => void;
  /** Something the app did that Zendesk would not answer either; shown even without ?debug. */
  warn?: (message: string) => void;
  onRegistered?: () => void;
  onSubscriptionsChange?: (eventNames: string[]) => void;
  onRequestSettled?: (outcome: ProxyOutcome) => void;
}

interface AppMessage {
  key?: unknown;
  message?: unknown;
  id?: unknown;
  request?: unknown;
  params?: unknown;
  appGuid?: unknown;
  instanceGuid?: unknown;
  error?: unknown;
}

export interface Reply {
  ok: boolean;
  message: string | null;
}

/** Messages newer SDK builds post that need no answer. */
const IGNORED = /__track__|session\.live/;
const REQUEST_KEY = /^request:\d+$/;

function parse(raw: unknown): AppMessage | null {
  if (typeof raw === 'string') {
    try {
      const parsed: unknown = JSON.parse(raw);
      return typeof parsed === 'object' && parsed !== null ? parsed : null;
    } catch {
      return null;
    }
  }
  return typeof raw === 'object' && raw !== null ? raw : null;
}

export class ZafHost {
  readonly #options: ZafHostOptions;
  #registered = false;
  /** A frame load after registration means a new document, whose handshake must be answered again. */
  #loadedSinceRegistration = false;
  #activatedSent = false;
  readonly #subscriptions = new Map<string, number>();
  readonly #pendingReplies = new Map<string, (reply: Reply) => void>();

  constructor(options: ZafHostOptions) {
    this.#options = options;
  }

  get registered(): boolean {
    return this.#registered;
  }

  /** Event names the app listens to (request plumbing left out). */
  subscriptions(): string[] {
    return [...this.#subscriptions.keys()].filter((name) => !name.startsWith('request:') && name !== 'app.registered');
  }

  frameLoaded(): void {
    if (this.#registered) this.#loadedSinceRegistration = true;
  }

  /** Sends a framework event if the app listens to it; false when nobody does. */
  fire(eventName: string, data?: unknown): boolean {
    if ((this.#subscriptions.get(eventName) ?? 0) < 1) return false;
    this.#post({ key: `zaf.${eventName}`, message: data });
    return true;
  }

  /** Delivers an event whether or not the app listens (the SDK drops unheard ones), as for a trigger. */
  deliver(eventName: string, data?: unknown): void {
    this.#post({ key: `zaf.${eventName}`, message: data });
  }

  /** A needsReply event (e.g. ticket.save): resolves with the app's verdict; ok when nobody listens or on timeout. */
  askForReply(eventName: string, data: unknown, timeoutMs: number): Promise<Reply> {
    if ((this.#subscriptions.get(eventName) ?? 0) < 1) return Promise.resolve({ ok: true, message: null });
    return new Promise((resolve) => {
      const timer = setTimeout(
        () => this.#settleReply(eventName, { ok: true, message: 'no answer in time' }),
        timeoutMs,
      );
      this.#pendingReplies.set(eventName, (reply) => {
        clearTimeout(timer);
        resolve(reply);
      });
      this.#post({ key: `zaf.${eventName}`, message: data, needsReply: true });
    });
  }

  /** One message from the app, already checked to come from its frame and origin. */
  receive(raw: unknown): void {
    const message = parse(raw);
    if (!message) return;
    if (typeof message.appGuid === 'string' && message.appGuid !== this.#options.appGuid) return;
    this.#options.log?.('from app', message);
    const key = typeof message.key === 'string' ? message.key : '';

    if (typeof message.id === 'number' && typeof message.request === 'string') {
      this.#post(answerRpc(message.id, message.request, message.params, this.#handlersFor(message.instanceGuid)));
    } else if (key === 'iframe.handshake') {
      this.#handshake();
    } else if (key.startsWith('iframe.on:')) {
      this.#subscribe(key.slice('iframe.on:'.length), message.message);
    } else if (key.startsWith('iframe.off:')) {
      this.#subscribe(key.slice('iframe.off:'.length), message.message);
    } else if (key.startsWith('iframe.trigger:')) {
      const eventName = key.slice('iframe.trigger:'.length);
      if (this.#options.onTrigger) this.#options.onTrigger(eventName, message.message);
      else this.deliver(eventName, message.message);
    } else if (key.startsWith('iframe.reply:')) {
      const error = message.error as { msg?: unknown } | undefined;
      this.#settleReply(key.slice('iframe.reply:'.length), {
        ok: error === undefined,
        message: typeof error?.msg === 'string' ? error.msg : null,
      });
    } else if (REQUEST_KEY.test(key)) {
      this.#request(key, message.message);
    } else if (!IGNORED.test(key)) {
      this.#options.warn?.(`The sandbox does not understand the message ${JSON.stringify(key)}; it was ignored.`);
    }
  }

  #handlersFor(instanceGuid: unknown): RpcHandlers {
    if (typeof instanceGuid !== 'string' || instanceGuid === this.#options.appGuid) return this.#options.rpc;
    const missing = () => ({
      ok: false as const,
      error: { name: 'InstanceNotFound', message: `No app instance ${instanceGuid}` },
    });
    return this.#options.rpcFor?.(instanceGuid) ?? { get: () => ({ found: false }), set: missing, invoke: missing };
  }

  #handshake(): void {
    // Answered once per document: a second init in the same page would register twice.
    if (this.#registered && !this.#loadedSinceRegistration) {
      this.#options.warn?.(
        'A second iframe.handshake from the same page was ignored: call ZAFClient.init() once per page.',
      );
      return;
    }
    this.#registered = true;
    this.#loadedSinceRegistration = false;
    this.#activatedSent = false;
    this.#subscriptions.clear();
    const { metadata, context } = this.#options.registration();
    this.#post({ key: 'zaf.app.registered', message: { metadata, context } });
    this.#options.onRegistered?.();
    this.#options.onSubscriptionsChange?.(this.subscriptions());
  }

  #subscribe(eventName: string, payload: unknown): void {
    const count = (payload as { subscriberCount?: unknown } | undefined)?.subscriberCount;
    const subscribers = typeof count === 'number' ? count : 0;
    if (subscribers > 0) this.#subscriptions.set(eventName, subscribers);
    else this.#subscriptions.delete(eventName);
    if (eventName.startsWith('request:')) return;
    this.#options.onSubscriptionsChange?.(this.subscriptions());
    // The SDK can only subscribe after registration, so the first activation is delivered then.
    if (eventName === 'app.activated' && subscribers > 0 && !this.#activatedSent) {
      this.#activatedSent = true;
      this.fire('app.activated', { firstLoad: true });
    }
  }

  #request(key: string, options: unknown): void {
    this.#options
      .request(options)
      .catch((): ProxyOutcome => ({
        kind: 'fail',
        args: [{ status: 0, statusText: 'error', responseText: '' }],
        method: 'GET',
        status: 0,
      }))
      .then((outcome) => {
        this.#post({ key: `zaf.${key}.${outcome.kind}`, message: { responseArgs: outcome.args } });
        this.#subscriptions.delete(`${key}.done`);
        this.#subscriptions.delete(`${key}.fail`);
        this.#options.onRequestSettled?.(outcome);
      })
      .catch(() => undefined);
  }

  #settleReply(eventName: string, reply: Reply): void {
    const settle = this.#pendingReplies.get(eventName);
    this.#pendingReplies.delete(eventName);
    settle?.(reply);
  }

  #post(message: object): void {
    this.#options.log?.('to app', message);
    this.#options.send(JSON.stringify(message));
  }
}
