import { describe, expect, it } from 'vitest';
import { NotKeptMemory } from './notKeptMemory';
import type { KeyValueStore } from './notKeptMemory';

function mapStore(): KeyValueStore & { values: Map<string, string> } {
  const values = new Map<string, string>();
  return { values, getItem: (key) => values.get(key) ?? null, setItem: (key, value) => values.set(key, value) };
}

describe('NotKeptMemory', () => {
  it('remembers the fields Zendesk did not keep, per installation, across instances (reloads)', () => {
    const store = mapStore();
    new NotKeptMemory(11, store).record(['summary', 'language', 'duration'], ['summary', 'language']);
    expect(new NotKeptMemory(11, store).fields()).toEqual(['language', 'summary']);
    expect(new NotKeptMemory(12, store).fields()).toEqual([]);
  });

  it('adds to what it knew and forgets a field that was kept later', () => {
    const memory = new NotKeptMemory(11, mapStore());
    memory.record(['summary'], ['summary']);
    memory.record(['language', 'duration'], ['language']);
    expect(memory.fields()).toEqual(['language', 'summary']);
    expect(memory.record(['summary'], [])).toEqual(['language']);
  });

  it('ignores what it cannot read, and works when storage refuses to write', () => {
    const store = mapStore();
    store.values.set('call-logger:not-kept:dev', '{not json');
    expect(new NotKeptMemory(null, store).fields()).toEqual([]);
    store.values.set('call-logger:not-kept:dev', JSON.stringify(['summary', 'no_such_field', 3]));
    expect(new NotKeptMemory(null, store).fields()).toEqual(['summary']);
    const refusing: KeyValueStore = {
      getItem: () => null,
      setItem: () => {
        throw new Error('QuotaExceededError');
      },
    };
    const refused = new NotKeptMemory(1, refusing);
    refused.record(['summary'], ['summary']);
    expect(refused.fields()).toEqual(['summary']);
  });

  it('works with the default storage', () => {
    const memory = new NotKeptMemory(5);
    memory.record(['language'], ['language']);
    expect(memory.fields()).toEqual(['language']);
  });
});
