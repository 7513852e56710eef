// What the app's measured first paint holds beyond the floor's, package by package: where to cut.

import type { Rolldown } from 'vite';
import { packageCosts, type PackageCost } from './packages.ts';
import { formatTable, kB } from './table.ts';

export interface PackageGap {
  readonly name: string;
  readonly app: number;
  readonly floor: number;
}

/** Gzip of each package's code alone, in the app's first-paint chunks and in the floor's. */
export function packageGaps(
  root: string,
  appChunks: readonly Rolldown.OutputChunk[],
  appFiles: readonly string[],
  floorChunks: readonly Rolldown.OutputChunk[],
): PackageGap[] {
  const painted = appChunks.filter((chunk) => appFiles.includes(chunk.fileName));
  const byName = (costs: readonly PackageCost[]) => new Map(costs.map((cost) => [cost.name, cost.gzip]));
  const app = byName(packageCosts(painted, root));
  const floor = byName(packageCosts(floorChunks, root));
  return [...new Set([...app.keys(), ...floor.keys()])]
    .map((name) => ({ name, app: app.get(name) ?? 0, floor: floor.get(name) ?? 0 }))
    .sort((a, b) => b.app - b.floor - (a.app - a.floor));
}

export function packageGapSection(gaps: readonly PackageGap[]): string[] {
  const shown = gaps.filter((gap) => gap.app !== gap.floor);
  return [
    "Ticket sidebar's first paint beyond the floor's, by package — each package's code minified and gzipped alone",
    ...formatTable(
      [
        ['package', 'sidebar', 'floor', 'extra'],
        ...shown.map((gap) => [gap.name, kB(gap.app), kB(gap.floor), kB(gap.app - gap.floor)]),
      ],
      ['left', 'right', 'right', 'right'],
    ),
  ];
}
