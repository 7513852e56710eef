import { describe, expect, it } from 'vitest';
import { LOCATION_READS } from '../../zaf/locationReads';
import { LOCATION_ROOTS } from './locations';

describe('each location', () => {
  it('has its host get sent while its code loads', () => {
    expect(Object.keys(LOCATION_READS).sort()).toEqual(Object.keys(LOCATION_ROOTS).sort());
  });
});
