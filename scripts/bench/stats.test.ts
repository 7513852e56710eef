import { expect, it } from 'vitest';
import { spread } from './stats.ts';

it('takes the median of odd and even counts, and the maximum', () => {
  expect(spread([30, 10, 20])).toMatchObject({ median: 20, max: 30 });
  expect(spread([40, 10, 20, 30])).toMatchObject({ median: 25, max: 40 });
});
