/** The performance mark `npm run bench` reads: the location can be used (ticket list painted, pane input focused). */
export const USABLE_MARK = 'call-logger:usable';

/** Marks the first moment the location is usable; later calls in the same page change nothing. */
export function markUsable(): void {
  if (typeof performance.mark !== 'function' || performance.getEntriesByName(USABLE_MARK).length > 0) return;
  performance.mark(USABLE_MARK);
}
