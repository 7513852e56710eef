// A fresh production build through Vite's API, and what the sidebar loads from it.

import { join, relative } from 'node:path';
import { build, type Rolldown } from 'vite';
import type { AppPackage } from '../zafApp/appPackage.ts';
import { measure, sum, type Sizes } from './compress.ts';
import { locationChunks } from './locations.ts';
import { packageCosts, packageOf, type PackageCost } from './packages.ts';

/** The sidebar's page: the build's only HTML entry (vite.config.ts). */
const ENTRY_HTML = 'assets/iframe.html';

export interface FileSize extends Sizes {
  readonly label: string;
  readonly files: readonly string[];
}

export interface BundleFigures {
  readonly buildMs: number;
  readonly html: FileSize;
  /** The entry chunk and the chunks it imports statically: all run before the first paint */
  readonly entryJs: FileSize;
  readonly entryCss: FileSize | null;
  /** Per Zendesk location: the shell's JS plus its root's chunk, or why it has none */
  readonly locations: readonly LocationPaint[];
  /** Chunks loaded on demand, one by one, largest first */
  readonly lazy: readonly FileSize[];
  readonly dist: { readonly bytes: number; readonly files: number };
  /** What fills the entry JS, before minification */
  readonly entryPackages: readonly PackageCost[];
}

export type LocationPaint =
  { readonly location: string; readonly js: FileSize } | { readonly location: string; readonly missing: string };

/** A fresh production build and how long it took. */
export interface Build {
  readonly output: Rolldown.RolldownOutput['output'];
  readonly buildMs: number;
}

/** Builds dist/ through Vite's API. */
export async function buildApp(root: string): Promise<Build> {
  const started = performance.now();
  const result = await build({
    configFile: join(root, 'vite.config.ts'),
    mode: 'production',
    logLevel: 'warn',
    build: { reportCompressedSize: false },
  });
  if (Array.isArray(result) || !('output' in result)) throw new Error('vite build gave no single bundle');
  return { output: result.output, buildMs: performance.now() - started };
}

/** A chunk and everything it imports statically, transitively. */
function staticClosure(chunks: ReadonlyMap<string, Rolldown.OutputChunk>, start: Rolldown.OutputChunk) {
  const found = new Map<string, Rolldown.OutputChunk>();
  const visit = (chunk: Rolldown.OutputChunk): void => {
    if (found.has(chunk.fileName)) return;
    found.set(chunk.fileName, chunk);
    chunk.imports.forEach((name) => {
      const imported = chunks.get(name);
      if (imported !== undefined) visit(imported);
    });
  };
  visit(start);
  return [...found.values()];
}

/** The entry chunk and everything it imports statically, transitively. */
function entryChunks(chunks: ReadonlyMap<string, Rolldown.OutputChunk>, root: string): Rolldown.OutputChunk[] {
  const entry = [...chunks.values()].find((chunk) => chunk.isEntry && chunk.facadeModuleId === join(root, ENTRY_HTML));
  if (entry === undefined) throw new Error(`no entry chunk for ${ENTRY_HTML} in the build`);
  return staticClosure(chunks, entry);
}

function fileSize(label: string, files: readonly { fileName: string; bytes: Uint8Array | string }[]): FileSize {
  return { label, files: files.map((file) => file.fileName), ...sum(files.map((file) => measure(file.bytes))) };
}

function assetBytes(asset: Rolldown.OutputAsset): { fileName: string; bytes: Uint8Array | string } {
  return { fileName: asset.fileName, bytes: asset.source };
}

/** A lazy chunk named for what it holds: its package, or the source file it was split from. */
function lazyLabel(chunk: Rolldown.OutputChunk, root: string): string {
  const facade = chunk.facadeModuleId;
  if (facade === null) return chunk.name;
  const owner = packageOf(facade, root);
  return owner.startsWith('(') ? relative(root, facade) : owner;
}

function distSize({ files }: AppPackage): BundleFigures['dist'] {
  const bytes = [...files.values()].reduce((total, file) => total + file.byteLength, 0);
  return { bytes, files: files.size };
}

/** What the sidebar loads from the build, and the size of dist/ as the build left it (read by the caller). */
export function measureBundle(root: string, { output, buildMs }: Build, dist: AppPackage): BundleFigures {
  const chunks = new Map(output.filter((item) => item.type === 'chunk').map((chunk) => [chunk.fileName, chunk]));
  const assets = output.filter((item) => item.type === 'asset');
  const entry = entryChunks(chunks, root);
  const entryNames = new Set(entry.map((chunk) => chunk.fileName));
  const cssNames = new Set(entry.flatMap((chunk) => [...(chunk.viteMetadata?.importedCss ?? [])]));
  const css = assets.filter((asset) => cssNames.has(asset.fileName));
  const html = assets.find((asset) => asset.fileName === ENTRY_HTML);
  if (html === undefined) throw new Error(`${ENTRY_HTML} is missing from the build`);
  const lazy = [...chunks.values()]
    .filter((chunk) => !entryNames.has(chunk.fileName))
    .sort((a, b) => b.code.length - a.code.length);
  return {
    buildMs,
    html: fileSize(ENTRY_HTML, [assetBytes(html)]),
    entryJs: fileSize(
      'entry JS',
      entry.map((chunk) => ({ fileName: chunk.fileName, bytes: chunk.code })),
    ),
    entryCss: css.length === 0 ? null : fileSize('entry CSS', css.map(assetBytes)),
    locations: locationChunks(root, dist, [...chunks.values()], (start) => staticClosure(chunks, start), entry).map(
      (found) =>
        found.state === 'measured'
          ? {
              location: found.location,
              js: fileSize(
                found.location,
                found.chunks.map((chunk) => ({ fileName: chunk.fileName, bytes: chunk.code })),
              ),
            }
          : { location: found.location, missing: found.state },
    ),
    lazy: lazy.map((chunk) => fileSize(lazyLabel(chunk, root), [{ fileName: chunk.fileName, bytes: chunk.code }])),
    dist: distSize(dist),
    entryPackages: packageCosts(entry, root),
  };
}
