import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const here = import.meta.dirname;
const RULE_ID = /'((?:manifest|location|parameters|translations|assets|files|requirements)\.[A-Za-z.]+)'/g;

const sources = (dir: string, wanted: (name: string) => boolean): string[] =>
  readdirSync(dir)
    .filter(wanted)
    .map((name) => readFileSync(join(dir, name), 'utf8'));
const ruleIdsIn = (texts: string[]): Set<string> =>
  new Set(texts.flatMap((text) => [...text.matchAll(RULE_ID)].map((match) => match[1] ?? '')));

describe('rule coverage', () => {
  it('has a broken-package test for every rule the validator can report', () => {
    const isCode = (name: string) => name.endsWith('.ts') && !name.endsWith('.test.ts');
    const rules = ruleIdsIn([
      ...sources(join(here, 'rules'), isCode),
      ...sources(here, (name) => name === 'manifestFile.ts'),
    ]);
    const tested = ruleIdsIn([...sources(join(here, 'rules'), (name) => name.endsWith('.test.ts'))]);
    expect(rules.size).toBeGreaterThan(40);
    expect([...rules].filter((rule) => !tested.has(rule))).toEqual([]);
  });
});
