import { describe, expect, it } from 'vitest';
import { storedCall } from '../test/callFixtures';
import { findConflicts } from './conflicts';

const opened = storedCall({
  id: 7001,
  call_disposition: 'Billing question',
  queue_name: 'Sales',
  duration: null,
  updated_at: '2024-01-17T18:31:18Z',
});
const later = '2024-01-17T18:40:00Z';

describe('findConflicts', () => {
  it('finds no collision when the other agent changed a different field, and takes theirs in', () => {
    const fresh = { ...opened, queue_name: 'Support', updated_at: later };
    expect(findConflicts(opened, fresh, { call_disposition: 'Refund' })).toEqual({
      changedSinceOpened: true,
      collisions: [],
      takenIn: ['queue_name'],
    });
  });

  it('finds a collision when the other agent changed a field this agent edited', () => {
    const fresh = { ...opened, call_disposition: 'Escalated', updated_at: later };
    expect(findConflicts(opened, fresh, { call_disposition: 'Refund', duration: 90 })).toEqual({
      changedSinceOpened: true,
      collisions: [{ field: 'call_disposition', theirs: 'Escalated', mine: 'Refund' }],
      takenIn: [],
    });
  });

  it('counts a field the other agent cleared as theirs', () => {
    const fresh = { ...opened, call_disposition: null, updated_at: later };
    expect(findConflicts(opened, fresh, { call_disposition: 'Refund' }).collisions).toEqual([
      { field: 'call_disposition', theirs: null, mine: 'Refund' },
    ]);
  });

  it('finds no collision when the other agent stored the same value as mine', () => {
    const fresh = { ...opened, duration: 90, call_disposition: 'Refund', updated_at: later };
    expect(findConflicts(opened, fresh, { call_disposition: 'Refund', duration: 90 }).collisions).toEqual([]);
  });

  it('counts the same instant in another offset as the same value', () => {
    const fresh = { ...opened, call_ended_at: '2024-01-17T18:45:30Z', updated_at: later };
    expect(findConflicts(opened, fresh, { call_ended_at: '2024-01-17T19:45:30+01:00' }).collisions).toEqual([]);
  });

  it('compares nothing when updated_at is unchanged', () => {
    // Differing values with the same updated_at cannot come from another save: they are not looked at.
    const fresh = { ...opened, call_disposition: 'Escalated', queue_name: 'Support' };
    expect(findConflicts(opened, fresh, { call_disposition: 'Refund' })).toEqual({
      changedSinceOpened: false,
      collisions: [],
      takenIn: [],
    });
  });
});
