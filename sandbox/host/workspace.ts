// The agent workspace around the app's instances: `instances`, messages
// between instances (client.instance(guid), trigger), and the invokes that
// act on the page (popover, routeTo).

import type { AppFrame, Workspace } from './appFrame';
import type { TopBarPane } from './topBar';
import type { Outcome, RpcHandlers } from './zaf/rpc';

export interface WorkspaceOptions {
  /** Opens a ticket: the host page goes to ?ticket=<id>. */
  openTicket: (ticketId: number) => void;
  notify: (message: string, kind: string) => void;
}

function invalidParams(message: string): Outcome {
  return { ok: false, error: { name: 'InvalidParams', message } };
}

export class AgentWorkspace implements Workspace {
  readonly #options: WorkspaceOptions;
  #sidebar: AppFrame | null = null;
  #topBar: TopBarPane | null = null;

  constructor(options: WorkspaceOptions) {
    this.#options = options;
  }

  attach(parts: { sidebar?: AppFrame; topBar?: TopBarPane }): void {
    this.#sidebar = parts.sidebar ?? this.#sidebar;
    this.#topBar = parts.topBar ?? this.#topBar;
  }

  #instances(): AppFrame[] {
    return [this.#sidebar, this.#topBar?.app ?? null].filter((instance) => instance !== null);
  }

  /** `client.get('instances')`: every instance of the app, also a top bar whose pane never opened. */
  data = (): Record<string, unknown> => ({
    instances: Object.fromEntries(this.#instances().map((instance) => [instance.guid, instance.context()])),
  });

  rpcFor = (instanceGuid: string): RpcHandlers | undefined =>
    this.#instances()
      .find((instance) => instance.guid === instanceGuid)
      ?.handlers();

  /** ZAF delivers a trigger to every instance of the app, the sender included. */
  trigger = (eventName: string, data: unknown): void => {
    for (const instance of this.#instances()) instance.host?.deliver(eventName, data);
  };

  invoke = (instance: AppFrame, name: string, args: unknown[]): Outcome | undefined => {
    switch (name) {
      case 'popover':
        return instance.location === 'top_bar' && this.#topBar ? this.#topBar.popover(args[0]) : undefined;
      case 'routeTo':
        return this.#routeTo(args);
      default:
        return undefined;
    }
  };

  #routeTo([target, id]: unknown[]): Outcome {
    const numericId = typeof id === 'string' && /^\d+$/.test(id) ? Number(id) : id;
    if (typeof numericId !== 'number' || !Number.isSafeInteger(numericId) || numericId <= 0)
      return invalidParams(`routeTo expects an id, got ${JSON.stringify(id)}`);
    switch (target) {
      case 'ticket':
        // After the answer has gone out: the navigation ends this page and its frames.
        setTimeout(() => this.#options.openTicket(numericId), 50);
        return { ok: true, value: null };
      case 'user':
        this.#options.notify(`The sandbox has no user page (routeTo user ${numericId}).`, 'notice');
        return { ok: true, value: null };
      default:
        return invalidParams(`routeTo knows 'ticket' and 'user', not ${JSON.stringify(target)}`);
    }
  }
}
