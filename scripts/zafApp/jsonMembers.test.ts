import { describe, expect, it } from 'vitest';
import { formatJsonPath, scanJson } from './jsonMembers.ts';

describe('scanJson', () => {
  it('finds keys repeated in one object, at any depth', () => {
    const text = '{"a": 1, "b": {"c": [1, {"d": 2, "d": 3}], "c": 4}, "a": 5}';
    expect(scanJson(text).duplicateKeys).toEqual(['b.c[1].d', 'b.c', 'a']);
  });

  it('does not mistake the same key in sibling objects for a duplicate', () => {
    expect(scanJson('[{"name": "a"}, {"name": "b"}]').duplicateKeys).toEqual([]);
  });

  it('reads escaped quotes and brackets inside strings', () => {
    const text = '{"a\\"}": "x\\\\", "b": "]},", "a\\"}": 1}';
    expect(scanJson(text).duplicateKeys).toEqual(['a"}']);
  });

  it('records where each value starts and ends', () => {
    const text = '{\n  "version": "1.0.0",\n  "n": -1.5e3,\n  "o": { "t": true }\n}';
    const spans = scanJson(text).members.map(({ path, valueStart, valueEnd }) => [
      formatJsonPath(path),
      text.slice(valueStart, valueEnd),
    ]);
    expect(spans).toEqual([
      ['version', '"1.0.0"'],
      ['n', '-1.5e3'],
      ['o.t', 'true'],
      ['o', '{ "t": true }'],
    ]);
  });
});
