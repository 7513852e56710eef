import { afterEach, expect, it, vi } from 'vitest';
import { USABLE_MARK, markUsable, whenUsable } from './markUsable';

afterEach(() => {
  performance.clearMarks(USABLE_MARK);
});

it('marks the first usable moment once, so the bench reads when the agent could start', () => {
  markUsable();
  const first = performance.getEntriesByName(USABLE_MARK);
  markUsable();
  expect(performance.getEntriesByName(USABLE_MARK)).toEqual(first);
  expect(first).toHaveLength(1);
});

it('holds what waits for the usable moment until the mark, and starts it once', () => {
  const start = vi.fn(() => {
    // What waited starts after the mark, so its downloads are not the first screen's.
    expect(performance.getEntriesByName(USABLE_MARK)).toHaveLength(1);
  });
  whenUsable(start);
  expect(start).not.toHaveBeenCalled();
  markUsable();
  markUsable();
  expect(start).toHaveBeenCalledTimes(1);
});

it('starts at once when the location is already usable, and not at all once cancelled', () => {
  const cancelled = vi.fn();
  const cancel = whenUsable(cancelled);
  cancel();
  markUsable();
  expect(cancelled).not.toHaveBeenCalled();
  const late = vi.fn();
  whenUsable(late);
  expect(late).toHaveBeenCalledTimes(1);
});
