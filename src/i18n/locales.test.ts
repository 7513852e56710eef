import { describe, expect, it } from 'vitest';

type Tree = { [key: string]: string | Tree };

// Every file in translations/, whole: Zendesk's listing texts (app.*) and the app's own (ui.*).
const trees = Object.fromEntries(
  Object.entries(import.meta.glob<Tree>('../../translations/*.json', { eager: true, import: 'default' })).map(
    ([path, tree]) => [path.slice(path.lastIndexOf('/') + 1), tree],
  ),
);
const files = Object.keys(trees);

function leaves(tree: Tree, prefix = ''): Map<string, string> {
  const result = new Map<string, string>();
  for (const [key, value] of Object.entries(tree)) {
    if (typeof value === 'string') result.set(`${prefix}${key}`, value);
    else for (const [path, text] of leaves(value, `${prefix}${key}.`)) result.set(path, text);
  }
  return result;
}

const read = (name: string) => leaves(trees[name] ?? {});
const english = read('en.json');
const placeholders = (text: string) => [...text.matchAll(/\{\{\s*(\w+)\s*\}\}/g)].map((match) => match[1]).sort();

describe('translations', () => {
  it('ships English, German and Spanish at least', () => {
    expect(files).toEqual(expect.arrayContaining(['en.json', 'de.json', 'es.json']));
  });

  it.each(files.filter((name) => name !== 'en.json'))('%s has exactly the keys of en.json', (name) => {
    const locale = read(name);
    expect([...locale.keys()].sort()).toEqual([...english.keys()].sort());
  });

  it.each(files)('%s fills in the same placeholders as English, and leaves no text empty', (name) => {
    for (const [key, text] of read(name)) {
      expect(text.trim(), `${name} ${key}`).not.toBe('');
      expect(placeholders(text), `${name} ${key}`).toEqual(placeholders(english.get(key) ?? ''));
    }
  });
});
