import { readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import type { Plugin } from 'vite';

// `import { list, card } from '../translations/en.json'`, one import of one locale's sections.
const NAMED_IMPORT = /^import\s*\{([^}]*)\}\s*from\s*(['"])([^'"]*\/translations\/[\w-]+\.json)\2;?/gm;
// `…/translations/en.json?section=list` (one section) or `…/translations/de.json?texts` (every section but `app`).
const SECTION_ID = /^(.*\/translations\/[\w-]+\.json)\?(?:section=(\w+)|texts)$/;

/** `import { a, b as c } from 'x.json'` → one default import per section, each a module of its own. */
export function splitSectionImports(code: string): string {
  return code.replace(NAMED_IMPORT, (_whole, names: string, quote: string, path: string) =>
    names
      .split(',')
      .map((name) => name.trim())
      .filter((name) => name !== '')
      .map((name) => {
        const [section = '', local = section] = name.split(/\s+as\s+/);
        return `import ${local} from ${quote}${path}?section=${section}${quote};`;
      })
      .join('\n'),
  );
}

/** The module for one section of a translations file, or for all its app texts. */
export function sectionModule(json: Record<string, unknown>, section: string | undefined): string {
  const texts =
    section === undefined ? Object.fromEntries(Object.entries(json).filter(([key]) => key !== 'app')) : json[section];
  if (texts === undefined) throw new Error(`has no section "${section ?? ''}"`);
  return `export default ${JSON.stringify(texts)};\n`;
}

/**
 * Each top-level section of translations/<locale>.json becomes a module of its own, so a
 * section ships in the chunk of the code that shows it (a JSON file is one module: imported
 * from the first paint and from a form, all its used keys would sit in the first paint).
 */
export function translationSections(): Plugin {
  return {
    name: 'call-logger:translation-sections',
    enforce: 'pre',
    transform(code, id) {
      if (!id.includes('/src/') || !/\.tsx?$/.test(id) || !code.includes('/translations/')) return null;
      const split = splitSectionImports(code);
      return split === code ? null : { code: split, map: null };
    },
    resolveId(source, importer) {
      if (!SECTION_ID.test(source) || importer === undefined) return null;
      return source.startsWith('.') ? resolve(dirname(importer), source) : source;
    },
    load(id) {
      const match = SECTION_ID.exec(id);
      if (match === null) return null;
      const [, path = '', section] = match;
      this.addWatchFile(path);
      try {
        return sectionModule(JSON.parse(readFileSync(path, 'utf8')) as Record<string, unknown>, section);
      } catch (error) {
        return this.error(`${path} ${error instanceof Error ? error.message : String(error)}`);
      }
    },
  };
}
