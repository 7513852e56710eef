import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { firstPaintTexts, readModule, readSources, staticClosure } from './textUse.ts';

const root = fileURLToPath(new URL('../..', import.meta.url));
const sections = Object.keys(JSON.parse(readFileSync(`${root}translations/en.json`, 'utf8')) as object).filter(
  (name) => name !== 'app',
);

function project(files: Record<string, string>) {
  const sources = new Map(Object.entries(files));
  return (path: string) => readModule(path, sources, sections);
}

describe('a first paint’s texts', () => {
  it('are missing when a first-paint component names a key of a section the first paint does not ship', () => {
    const read = project({
      'src/main.tsx': "import { shell } from '../translations/en.json';\nimport { List } from './ui/List';",
      'src/ui/List.tsx':
        "import { list } from '../../translations/en.json';\nexport const a = t('list.title') + t('form.submitLog');",
      'src/ui/Form.tsx': "import { form } from '../../translations/en.json';\nexport const b = t('form.submitLog');",
    });
    expect(firstPaintTexts(staticClosure(['src/main.tsx'], read), read)).toEqual({
      named: ['form', 'list'],
      missing: ['form'],
      unused: ['shell'],
    });
  });

  it('follow static imports only (what a lazy view names arrives with it) and count the keys the UI names', () => {
    const read = project({
      'src/main.tsx': "import { Root } from './ui/Root';",
      'src/ui/Root.tsx':
        "import { list } from '../../translations/en.json';\nimport { rule } from '../calls/schema';\nconst a = t(`list.${x}`);\nconst Form = lazy(() => import('./Form'));",
      'src/ui/Form.tsx': "const b = t('form.submitLog');",
      'src/calls/schema.ts': "const error = 'errors.phone';",
    });
    expect(firstPaintTexts(staticClosure(['src/main.tsx'], read), read)).toEqual({
      named: ['list'],
      missing: [],
      unused: [],
    });
  });
});

describe('each location’s first paint', () => {
  const sources = readSources(root);
  const read = (path: string) => readModule(path, sources, sections);
  const locationRoots = read('src/ui/app/locations.ts').dynamicImports;

  it('is known: one root per location', () => {
    expect(locationRoots).toEqual([
      'src/ui/locations/ticket-sidebar/TicketSidebar.tsx',
      'src/ui/locations/top-bar/TopBar.tsx',
    ]);
  });

  it.each(locationRoots)('%s ships exactly the English sections its first paint names keys of', (locationRoot) => {
    const texts = firstPaintTexts(staticClosure(['src/main.tsx', locationRoot], read), read);
    expect(texts.missing, 'named but not shipped: add them to the root’s addEnglish').toEqual([]);
    expect(texts.unused, 'shipped but not named: leave them to loadAllEnglish').toEqual([]);
  });
});
