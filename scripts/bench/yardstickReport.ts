// The yardstick's sections: first paint and usable against the floor, requests per flow,
// re-renders, and the budgets.

import { COMPRESSION_LABEL } from './compress.ts';
import type { BudgetCheck } from './budgets.ts';
import { PAINT_RATIO_BUDGET, READY_RATIO_BUDGET, ratio } from './budgets.ts';
import type { PaintFigures } from './firstPaint.ts';
import type { FlowFigures } from './flows.ts';
import type { RenderFlowFigures } from './renders.ts';
import { formatTable, kB, ms } from './table.ts';
import type { LocationFigures } from './yardstick.ts';

function times(value: number): string {
  return Number.isFinite(value) ? `${value.toFixed(2)}×` : '—';
}

function paintRow(label: string, paint: PaintFigures, floor: PaintFigures): string[] {
  return [
    label,
    kB(paint.sizes.gzip),
    kB(paint.sizes.brotli),
    times(ratio(paint.sizes.gzip, floor.sizes.gzip)),
    `${ms(paint.readyMs.median)} / ${ms(paint.readyMs.max)}`,
    times(ratio(paint.readyMs.median, floor.readyMs.median)),
    `${paint.files.length}${paint.filesVary ? ' (varied)' : ''}`,
  ];
}

function filesLine(label: string, paint: PaintFigures): string {
  const outside =
    paint.outside.length > 0
      ? `; not counted: ${paint.outside.map((url) => new URL(url).host + new URL(url).pathname).join(', ')}`
      : '';
  return `  ${label}: ${paint.files.join(' + ')}${outside}`;
}

export function paintSection(locations: readonly LocationFigures[], runs: number): string[] {
  const rows: string[][] = [
    ['location', 'JS+CSS gzip', 'brotli', '× floor', 'usable ms (median / max)', '× floor', 'files'],
  ];
  const files: string[] = [];
  for (const figures of locations) {
    if (figures.state !== 'measured') {
      rows.push([figures.location, figures.state, '', '', '', '', '']);
      continue;
    }
    rows.push(paintRow(`floor in ${figures.location}`, figures.floor, figures.floor));
    rows.push(paintRow(figures.location, figures.app, figures.floor));
    files.push(filesLine(`floor in ${figures.location}`, figures.floor), filesLine(figures.location, figures.app));
  }
  return [
    `First paint against the floor — ${runs} loads each after a warm-up, a fresh browser context and a reset sandbox each; ` +
      `every JS and CSS file the frame started to fetch before \`call-logger:usable\` (resource timing), ${COMPRESSION_LABEL}; ` +
      `usable: from the frame's navigation start; budgets ≤ ${PAINT_RATIO_BUDGET.toFixed(2)}× gzip, ≤ ${READY_RATIO_BUDGET.toFixed(2)}× time`,
    ...formatTable(rows, ['left', 'right', 'right', 'right', 'right', 'right', 'right']),
    '  Files fetched before usable:',
    ...files.map((line) => `  ${line}`),
  ];
}

export function flowSection(flows: readonly FlowFigures[]): string[] {
  return [
    'API requests per flow — the sandbox request log, reset before each flow; ZAF get: messages the host page received',
    ...formatTable(
      [
        ['flow', 'requests', 'budget', 'ZAF get', 'what was asked', 'flow steps'],
        ...flows.map((flow) => [
          flow.name,
          `${flow.requests}`,
          `${flow.budget}`,
          flow.zafGets === null ? '' : `${flow.zafGets}`,
          flow.described + (flow.repeated.length > 0 ? ` (repeated: ${flow.repeated.length})` : ''),
          flow.what,
        ]),
      ],
      ['left', 'right', 'right', 'right', 'left', 'left'],
    ),
  ];
}

export function renderSection(renders: readonly RenderFlowFigures[]): string[] {
  return [
    'Re-renders — components committed, counted through React DevTools’ global hook',
    ...formatTable(
      [
        ['flow', 'per step', 'budget', 'commits', 'max in a commit', 'most rendered'],
        ...renders.map((flow) => [
          flow.name,
          `${flow.perStep.toFixed(1)} / ${flow.step}`,
          `${flow.budget}`,
          `${flow.commits}`,
          `${flow.maxPerCommit}`,
          flow.top.map(([name, count]) => `${name} ${count}`).join(', '),
        ]),
      ],
      ['left', 'right', 'right', 'right', 'right', 'left'],
    ),
  ];
}

export function budgetSection(checks: readonly BudgetCheck[]): string[] {
  const missed = checks.filter((check) => !check.met);
  return [
    missed.length === 0
      ? `Budgets: all ${checks.length} met.`
      : `Budgets: ${missed.length} of ${checks.length} missed:`,
    ...missed.map((check) => `  MISSED ${check.name}: ${check.detail}`),
  ];
}
