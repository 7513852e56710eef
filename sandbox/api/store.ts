// The fake Zendesk's data in memory: look-ups, id allocation, and change
// notification (persistence and the events stream listen to changes).

import type {
  ApiBehaviour,
  CallRecord,
  SandboxChange,
  SandboxState,
  SandboxTicket,
  SandboxUser,
  SavedAppSettings,
} from '../shared/types.ts';
import { createSeedState } from './seed.ts';
import { zendeskTime } from './timestamps.ts';

export interface StoreOptions {
  /** The app's name, read when voice comments and the seed need it. */
  appName: () => string;
  now?: () => Date;
  /** Called with the whole state after every change. */
  save?: (state: SandboxState) => void;
}

type ChangeListener = (change: SandboxChange) => void;

export class SandboxStore {
  #state: SandboxState;
  readonly #options: StoreOptions;
  readonly #listeners = new Set<ChangeListener>();

  constructor(initial: SandboxState, options: StoreOptions) {
    this.#state = initial;
    this.#options = options;
  }

  get state(): SandboxState {
    return this.#state;
  }

  get appName(): string {
    return this.#options.appName();
  }

  now(): Date {
    return this.#options.now?.() ?? new Date();
  }

  /** The current time as the API writes timestamps. */
  timestamp(): string {
    return zendeskTime(this.now());
  }

  allocateId(): number {
    return this.#state.nextId++;
  }

  allocateTicketId(): number {
    // Seed tickets may sit above the counter (the long ticket, 120): a new ticket never takes their id.
    while (this.ticket(this.#state.nextTicketId) !== undefined) this.#state.nextTicketId++;
    return this.#state.nextTicketId++;
  }

  ticket(ticketId: number): SandboxTicket | undefined {
    return this.#state.tickets.find((candidate) => candidate.id === ticketId);
  }

  user(userId: number): SandboxUser | undefined {
    return this.#state.users.find((candidate) => candidate.id === userId);
  }

  call(callId: number): CallRecord | undefined {
    return this.#state.calls.find((candidate) => candidate.id === callId);
  }

  /** Records that the state changed: saves it and tells every listener. */
  commit(change: SandboxChange): void {
    this.#options.save?.(this.#state);
    for (const listener of this.#listeners) listener(change);
  }

  reset(): void {
    this.#state = createSeedState(this.appName);
    this.commit({ reason: 'reset', ticketIds: [] });
  }

  saveAppSettings(app: SavedAppSettings): void {
    this.#state.app = app;
    this.commit({ reason: 'settings', ticketIds: [] });
  }

  saveApiBehaviour(api: ApiBehaviour): void {
    this.#state.api = api;
    this.commit({ reason: 'settings', ticketIds: [] });
  }

  onChange(listener: ChangeListener): () => void {
    this.#listeners.add(listener);
    return () => this.#listeners.delete(listener);
  }
}
