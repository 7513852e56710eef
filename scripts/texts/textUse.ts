import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';

/** One source module as far as texts go: what it imports, which sections it ships, which it names keys of. */
export interface TextModule {
  readonly staticImports: readonly string[];
  readonly dynamicImports: readonly string[];
  /** Sections imported by name from translations/en.json: they ship in this module's chunk */
  readonly ships: readonly string[];
  /** Sections whose keys the module names ('list.title', `values.${name}`) */
  readonly names: readonly string[];
}

export type SourceFiles = ReadonlyMap<string, string>;

const STATIC_IMPORT = /^\s*(?:import|export)\s+(?!type\b)(?:[^'";]*?\sfrom\s+)?['"]([^'"]+)['"]/gm;
const DYNAMIC_IMPORT = /\bimport\(\s*['"]([^'"]+)['"]\s*\)/g;
const ENGLISH_IMPORT = /import\s*\{([^}]*)\}\s*from\s*['"][^'"]*\/translations\/en\.json['"]/g;

function resolveModule(from: string, specifier: string, files: SourceFiles): string | null {
  if (!specifier.startsWith('.')) return null;
  const base = join(dirname(from), specifier);
  return (
    ['', '.ts', '.tsx', '/index.ts', '/index.tsx'].map((ending) => base + ending).find((path) => files.has(path)) ??
    null
  );
}

/** Reads a module's imports and text use; `sections` are translations/en.json's sections but `app`. */
export function readModule(path: string, files: SourceFiles, sections: readonly string[]): TextModule {
  const code = files.get(path) ?? '';
  const targets = (pattern: RegExp) =>
    [...code.matchAll(pattern)].flatMap((match) => resolveModule(path, match[1] ?? '', files) ?? []);
  const ships = [...code.matchAll(ENGLISH_IMPORT)].flatMap((match) =>
    (match[1] ?? '')
      .split(',')
      .map((name) => name.trim().split(/\s+as\s+/)[0] ?? '')
      .filter((name) => name !== ''),
  );
  const keyPattern = new RegExp(`['"\`](${sections.join('|')})\\.[A-Za-z$]`, 'g');
  const names = [...new Set([...code.matchAll(keyPattern)].map((match) => match[1] ?? ''))];
  return { staticImports: targets(STATIC_IMPORT), dynamicImports: targets(DYNAMIC_IMPORT), ships, names };
}

/** Every module reached from `entries` by static imports: what loads with them. */
export function staticClosure(entries: readonly string[], read: (path: string) => TextModule): Set<string> {
  const seen = new Set<string>();
  const next = [...entries];
  for (let path = next.pop(); path !== undefined; path = next.pop()) {
    if (seen.has(path)) continue;
    seen.add(path);
    next.push(...read(path).staticImports);
  }
  return seen;
}

// Keys are counted where they are shown: what src/calls names ('errors.phone' in a schema) is data
// that a component shows through a key of that section it names itself.
const SHOWS_TEXTS = 'src/ui/';

/** The sections a first paint names keys of but does not ship (raw keys, or a wait), and those it ships unused. */
export function firstPaintTexts(modules: Iterable<string>, read: (path: string) => TextModule) {
  const named = new Set<string>();
  const shipped = new Set<string>();
  for (const path of modules) {
    const module = read(path);
    if (path.startsWith(SHOWS_TEXTS)) module.names.forEach((section) => named.add(section));
    module.ships.forEach((section) => shipped.add(section));
  }
  return {
    named: [...named].sort(),
    missing: [...named].filter((section) => !shipped.has(section)).sort(),
    unused: [...shipped].filter((section) => !named.has(section)).sort(),
  };
}

/** The app's source (src/, tests left out) keyed by path from `root`. */
export function readSources(root: string): Map<string, string> {
  const files = new Map<string, string>();
  const walk = (folder: string) => {
    for (const entry of readdirSync(folder, { withFileTypes: true })) {
      const path = join(folder, entry.name);
      if (entry.isDirectory()) walk(path);
      else if (/\.tsx?$/.test(entry.name) && !/\.test\.tsx?$/.test(entry.name)) {
        files.set(relative(root, path), readFileSync(path, 'utf8'));
      }
    }
  };
  const src = resolve(root, 'src');
  if (existsSync(src)) walk(src);
  return files;
}
