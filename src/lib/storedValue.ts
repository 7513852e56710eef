import { pageStore } from './pageStore';
import type { PageStore } from './pageStore';

/** What reads a stored value back: a zod schema, for one. */
export interface StoredShape<T> {
  safeParse(data: unknown): { success: true; data: T } | { success: false };
}

/**
 * The value kept under `key`, if it has the shape and is younger than `maxAgeMs`;
 * null otherwise. A value of another shape (an older app, a hand edit) or too
 * old is removed, so it is not read again.
 */
export function readStored<T extends { savedAt: number }>(
  key: string,
  shape: StoredShape<T>,
  maxAgeMs: number,
  now: number = Date.now(),
  store: PageStore = pageStore(),
): T | null {
  try {
    const raw = store.getItem(key);
    if (raw === null) return null;
    const parsed = shape.safeParse(JSON.parse(raw));
    if (!parsed.success || now - parsed.data.savedAt > maxAgeMs) {
      store.removeItem(key);
      return null;
    }
    return parsed.data;
  } catch {
    return null;
  }
}

/** Keeps `value` with the time it was saved; null removes what was kept. Full or blocked storage keeps nothing. */
export function writeStored(
  key: string,
  value: object | null,
  now: number = Date.now(),
  store: PageStore = pageStore(),
): void {
  try {
    if (value === null) store.removeItem(key);
    else store.setItem(key, JSON.stringify({ savedAt: now, ...value }));
  } catch {
    // The app works on without it; only a reload forgets the value.
  }
}
