import * as z from 'zod/mini';
import { afterEach, describe, expect, it } from 'vitest';
import type { PageStore } from './pageStore';
import { readStored, writeStored } from './storedValue';

const shape = z.object({ savedAt: z.int(), note: z.string() });
const now = Date.parse('2026-12-06T09:00:00Z');

afterEach(() => {
  window.localStorage.clear();
});

describe('a value kept between reloads', () => {
  it('comes back with the time it was saved, until it is older than its age', () => {
    writeStored('k', { note: 'hello' }, now);
    expect(readStored('k', shape, 1000, now + 1000)).toEqual({ savedAt: now, note: 'hello' });
    expect(readStored('k', shape, 1000, now + 1001)).toBeNull();
    expect(window.localStorage.getItem('k')).toBeNull();
  });

  it('forgets a value of another shape, and null removes what was kept', () => {
    window.localStorage.setItem('k', JSON.stringify({ savedAt: now, note: 7 }));
    expect(readStored('k', shape, 1000, now)).toBeNull();
    expect(window.localStorage.getItem('k')).toBeNull();
    writeStored('k', { note: 'x' }, now);
    writeStored('k', null, now);
    expect(window.localStorage.getItem('k')).toBeNull();
  });

  it('reads nothing and keeps nothing when the storage refuses, without throwing', () => {
    const refusing: PageStore = {
      getItem: () => {
        throw new Error('blocked');
      },
      setItem: () => {
        throw new Error('full');
      },
      removeItem: () => undefined,
    };
    expect(() => {
      writeStored('k', { note: 'x' }, now, refusing);
    }).not.toThrow();
    expect(readStored('k', shape, 1000, now, refusing)).toBeNull();
  });
});
