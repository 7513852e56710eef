// The size section: what the sidebar downloads, what fills its entry chunk, the zip.

import type { BundleFigures, FileSize } from './bundle.ts';
import { COMPRESSION_LABEL } from './compress.ts';
import { APP_SOURCE, type PackageCost } from './packages.ts';
import { formatTable, kB, ms, percent } from './table.ts';
import type { ZipFigures } from './zipSize.ts';

export const TOP_PACKAGES = 10;

function fileNames(size: FileSize): string {
  return size.files.map((file) => file.replace(/^assets\//, '')).join(' + ');
}

function sizeRow(label: string, size: FileSize): string[] {
  return [label, fileNames(size), kB(size.raw), kB(size.gzip), kB(size.brotli)];
}

function fileRows(bundle: BundleFigures, zip: ZipFigures): string[][] {
  const css =
    bundle.entryCss === null
      ? ['first paint: CSS', 'none', '—', '—', '—']
      : sizeRow('first paint: CSS', bundle.entryCss);
  return [
    ['what', 'file', 'raw', 'gzip', 'brotli'],
    sizeRow('first paint: shell JS', bundle.entryJs),
    ...bundle.locations.map((paint) =>
      'js' in paint
        ? sizeRow(`first paint: ${paint.location} JS`, paint.js)
        : [`first paint: ${paint.location}`, paint.missing, '—', '—', '—'],
    ),
    css,
    sizeRow('first paint: HTML', bundle.html),
    ...bundle.lazy.map((chunk) => sizeRow(`lazy: ${chunk.label}`, chunk)),
    ['dist/ total', `${bundle.dist.files} files`, kB(bundle.dist.bytes), '', ''],
    ['upload zip', `${zip.files} files`, kB(zip.bytes), '', ''],
  ];
}

function packageRows(packages: readonly PackageCost[]): string[][] {
  const total = packages.reduce((sum, cost) => sum + cost.minified, 0);
  const row = (cost: PackageCost) => [
    cost.name,
    `${cost.modules}`,
    kB(cost.minified),
    kB(cost.gzip),
    percent(cost.minified, total),
  ];
  const npm = packages.filter((cost) => !cost.name.startsWith('('));
  const rest = [
    ...npm.slice(TOP_PACKAGES),
    ...packages.filter((cost) => cost.name.startsWith('(') && cost.name !== APP_SOURCE),
  ];
  const restCost = rest.reduce(
    (sum, cost) => ({
      ...sum,
      modules: sum.modules + cost.modules,
      minified: sum.minified + cost.minified,
      gzip: sum.gzip + cost.gzip,
    }),
    { name: `everything else (${rest.length} groups)`, modules: 0, rendered: 0, minified: 0, gzip: 0 },
  );
  const app = packages.filter((cost) => cost.name === APP_SOURCE);
  return [
    ['package', 'modules', 'minified', 'gzip', 'share'],
    ...npm.slice(0, TOP_PACKAGES).map(row),
    ...app.map(row),
    row(restCost),
  ];
}

export function sizeSection(bundle: BundleFigures, zip: ZipFigures): string[] {
  return [
    `Size — fresh vite build (${ms(bundle.buildMs)} ms); kB = 1000 B; ${COMPRESSION_LABEL}`,
    ...formatTable(fileRows(bundle, zip), ['left', 'left', 'right', 'right', 'right']),
    `  (zip as \`npm run package\` builds it, not written; left out: ${zip.leftOut.join(', ') || 'nothing'})`,
    '',
    `First-paint JS by package — top ${TOP_PACKAGES} npm packages; each package's bundled code minified and gzipped alone, share of the sum`,
    ...formatTable(packageRows(bundle.entryPackages), ['left', 'right', 'right', 'right', 'right']),
  ];
}
