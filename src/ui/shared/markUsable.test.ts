import { afterEach, expect, it } from 'vitest';
import { USABLE_MARK, markUsable } from './markUsable';

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
