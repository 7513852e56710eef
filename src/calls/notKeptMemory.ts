import { memoryStore, pageStore } from '../lib/pageStore';
import type { PageStore } from '../lib/pageStore';
import { CALL_FIELD_NAMES, isCallFieldName } from './fields';
import type { CallFieldName } from './fields';

/** The part of Storage this needs, so tests and browsers without storage can stand in. */
export type KeyValueStore = Pick<PageStore, 'getItem' | 'setItem'>;

function keyOf(installationId: number | null): string {
  return `call-logger:not-kept:${installationId ?? 'dev'}`;
}

/**
 * Which call fields Zendesk did not keep on this installation's account, so
 * the forms stop offering them. A field that is kept again later is forgotten.
 */
export class NotKeptMemory {
  #store: KeyValueStore;
  readonly #key: string;

  constructor(installationId: number | null, store: KeyValueStore = pageStore()) {
    this.#store = store;
    this.#key = keyOf(installationId);
  }

  fields(): CallFieldName[] {
    try {
      const parsed: unknown = JSON.parse(this.#store.getItem(this.#key) ?? '[]');
      const names = new Set(Array.isArray(parsed) ? parsed.filter((name) => typeof name === 'string') : []);
      return CALL_FIELD_NAMES.filter((name) => names.has(name));
    } catch {
      return [];
    }
  }

  /** After a save: `sent` names every call field sent, `notKept` those that did not stick. */
  record(sent: readonly string[], notKept: readonly CallFieldName[]): CallFieldName[] {
    const lost = new Set<CallFieldName>(notKept);
    const keptNow = new Set(sent.filter((name) => isCallFieldName(name) && !lost.has(name)));
    const next = CALL_FIELD_NAMES.filter(
      (name) => lost.has(name) || (this.fields().includes(name) && !keptNow.has(name)),
    );
    try {
      this.#store.setItem(this.#key, JSON.stringify(next));
    } catch {
      // A full or refused storage: remember in memory instead, which only costs the memory across reloads.
      this.#store = memoryStore;
      this.#store.setItem(this.#key, JSON.stringify(next));
    }
    return next;
  }
}
