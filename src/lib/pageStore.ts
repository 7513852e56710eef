/** The part of Storage the app uses, so tests and browsers without storage can stand in. */
export type PageStore = Pick<Storage, 'getItem' | 'setItem' | 'removeItem'>;

/** Where values go when the browser refuses the app's frame any storage: kept while the page lives. */
const pageMemory = new Map<string, string>();
export const memoryStore: PageStore = {
  getItem: (key) => pageMemory.get(key) ?? null,
  setItem: (key, value) => pageMemory.set(key, value),
  removeItem: (key) => pageMemory.delete(key),
};

/**
 * localStorage, or the page's memory when the browser blocks storage in
 * third-party frames (Zendesk serves apps from another site than the agent
 * UI; private windows and some browsers block that): then a value survives
 * moving between views but not a reload.
 */
export function pageStore(): PageStore {
  try {
    const storage = window.localStorage;
    // Reading proves access: some browsers throw only on use.
    storage.getItem('call-logger:probe');
    return storage;
  } catch {
    return memoryStore;
  }
}
