/** The performance mark `npm run bench` reads: the location can be used (ticket list painted, pane input focused). */
export const USABLE_MARK = 'call-logger:usable';

const waiting = new Set<() => void>();

function isMarked(): boolean {
  return typeof performance.getEntriesByName === 'function' && performance.getEntriesByName(USABLE_MARK).length > 0;
}

/** Marks the first moment the location is usable, then starts what waited for it; later calls change nothing. */
export function markUsable(): void {
  if (typeof performance.mark !== 'function' || isMarked()) return;
  performance.mark(USABLE_MARK);
  const started = [...waiting];
  waiting.clear();
  for (const start of started) start();
}

/**
 * Runs `start` once the location is usable (now, if it already is): code the
 * first screen does not need waits, so it neither delays nor weighs on it.
 * Returns a function that cancels a start still waiting.
 */
export function whenUsable(start: () => void): () => void {
  if (isMarked() || typeof performance.mark !== 'function') {
    start();
    return () => undefined;
  }
  waiting.add(start);
  return () => {
    waiting.delete(start);
  };
}
