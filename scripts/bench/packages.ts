// Which npm packages fill a chunk, from the bundler's per-module rendered code.

import { gzipSync } from 'node:zlib';
import { relative, sep } from 'node:path';
import { minifySync, type Rolldown } from 'vite';

export interface PackageCost {
  /** An npm package name, or a bracketed group: (app source), (bundler runtime) */
  readonly name: string;
  readonly modules: number;
  /** Characters after tree-shaking, before minification (the bundler's renderedLength) */
  readonly rendered: number;
  /** The package's rendered code minified on its own: close to its share of the minified chunk */
  readonly minified: number;
  /** That minified code gzipped on its own (a little more than its share of the gzipped chunk) */
  readonly gzip: number;
}

export const APP_SOURCE = '(app source)';
const RUNTIME = '(bundler runtime)';
const NODE_MODULES = '/node_modules/';

/** `…/node_modules/@scope/name/dist/x.js` → `@scope/name`; the innermost node_modules wins. */
export function packageOf(moduleId: string, root: string): string {
  const id = moduleId.split(sep).join('/');
  const at = id.lastIndexOf(NODE_MODULES);
  if (at >= 0) {
    const [first = '', second = ''] = id.slice(at + NODE_MODULES.length).split('/');
    return first.startsWith('@') ? `${first}/${second}` : first;
  }
  if (id.startsWith('\0') || !id.startsWith('/')) return RUNTIME;
  return relative(root, moduleId).startsWith('..') ? RUNTIME : APP_SOURCE;
}

interface Group {
  readonly codes: string[];
  rendered: number;
}

function groupByPackage(chunks: readonly Rolldown.OutputChunk[], root: string): Map<string, Group> {
  const groups = new Map<string, Group>();
  for (const chunk of chunks) {
    for (const [id, module] of Object.entries(chunk.modules)) {
      const name = packageOf(id, root);
      const group = groups.get(name) ?? { codes: [], rendered: 0 };
      group.codes.push(module.code ?? '');
      group.rendered += module.renderedLength;
      groups.set(name, group);
    }
  }
  return groups;
}

/** No compression: other packages use what this code exports, so nothing here is dead. */
function minifiedAlone(code: string): string {
  return minifySync('package.js', code, { module: true, compress: false, mangle: { toplevel: true } }).code;
}

/** The chunks' modules grouped by package, largest (minified) first. */
export function packageCosts(chunks: readonly Rolldown.OutputChunk[], root: string): PackageCost[] {
  return [...groupByPackage(chunks, root)]
    .map(([name, { codes, rendered }]) => {
      const minified = minifiedAlone(codes.join('\n'));
      return {
        name,
        modules: codes.length,
        rendered,
        minified: Buffer.byteLength(minified),
        gzip: gzipSync(minified).byteLength,
      };
    })
    .sort((a, b) => b.minified - a.minified);
}
