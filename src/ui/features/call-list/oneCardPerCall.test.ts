import { describe, expect, it } from 'vitest';
import { storedCall } from '../../../test/callFixtures';
import { oneCardPerCall } from './oneCardPerCall';

describe('oneCardPerCall', () => {
  it('lists two records of one create as one call, counting both', () => {
    const first = storedCall({ id: 11, external_id: 'draft-1', updated_at: '2024-01-17T18:31:00Z' });
    const second = storedCall({ id: 12, external_id: 'draft-1', updated_at: '2024-01-17T18:31:00Z' });
    const other = storedCall({ id: 13, external_id: 'draft-2' });
    expect(oneCardPerCall([second, other, first])).toEqual([
      { call: first, copies: 2 },
      { call: other, copies: 1 },
    ]);
  });

  it('shows the record changed last, so an ended copy is the one the agent sees', () => {
    const first = storedCall({ id: 11, external_id: 'draft-1', updated_at: '2024-01-17T18:31:00Z' });
    const ended = storedCall({ id: 12, external_id: 'draft-1', updated_at: '2024-01-17T18:45:00Z', duration: 840 });
    expect(oneCardPerCall([first, ended])).toEqual([{ call: ended, copies: 2 }]);
  });

  it('keeps apart calls without an external_id, and the same id from another app', () => {
    const calls = [
      storedCall({ id: 1 }),
      storedCall({ id: 2, external_id: '  ' }),
      storedCall({ id: 3, external_id: 'x', app_id: 1 }),
      storedCall({ id: 4, external_id: 'x', app_id: 2 }),
    ];
    expect(oneCardPerCall(calls).map(({ call, copies }) => [call.id, copies])).toEqual([
      [1, 1],
      [2, 1],
      [3, 1],
      [4, 1],
    ]);
  });
});
