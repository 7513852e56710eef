// One line per area, for a reader who skips the tables.

import type { BundleFigures } from './bundle.ts';
import { APP_SOURCE } from './packages.ts';
import type { SpeedFigures } from './speed.ts';
import { kB, ms, percent } from './table.ts';
import type { ZipFigures } from './zipSize.ts';

function sizeLine(bundle: BundleFigures): string {
  const npm = bundle.entryPackages.filter((cost) => !cost.name.startsWith('('));
  const total = bundle.entryPackages.reduce((sum, cost) => sum + cost.minified, 0);
  const app = bundle.entryPackages.find((cost) => cost.name === APP_SOURCE);
  const biggest = npm
    .slice(0, 3)
    .map((cost) => `${cost.name} ${percent(cost.minified, total)}`)
    .join(', ');
  const locations = bundle.locations
    .map((paint) => ('js' in paint ? `${paint.location} ${kB(paint.js.gzip)}` : `${paint.location} ${paint.missing}`))
    .join(', ');
  const lazy = bundle.lazy.map((chunk) => `${chunk.label} ${kB(chunk.gzip)}`).join(', ');
  return (
    `Size: before its first paint each location loads its root with the shell (JS gzip): ${locations}. ` +
    `The shell alone is ${kB(bundle.entryJs.gzip)} of JS gzipped (${kB(bundle.entryJs.brotli)} brotli, ` +
    `${kB(bundle.entryJs.raw)} raw) in ${bundle.entryJs.files.length} file(s)${bundle.entryCss === null ? ' and no CSS file' : ''}; ` +
    `the biggest shares are ${biggest}, and our own code is ${percent(app?.minified ?? 0, total)}. ` +
    `Loaded on demand (gzip): ${lazy}. dist/ holds ${kB(bundle.dist.bytes)} in ${bundle.dist.files} files.`
  );
}

function zipLine(zip: ZipFigures): string {
  return `Zip: the upload would be ${kB(zip.bytes)} with ${zip.files} files.`;
}

function speedLine(speed: SpeedFigures): string {
  const tickets = speed.tickets.map(
    (ticket) =>
      `ticket ${ticket.ticket} shows its ${ticket.callsShown} calls ${ms(ticket.loadMs.median)} ms after navigation ` +
      `(max ${ms(ticket.loadMs.max)}; ${ms(ticket.loadInFrameMs.median)} ms of it in the app frame) after ${ticket.loadRequests}`,
  );
  const forms = speed.tickets.map((ticket) => ms(ticket.formMs.median)).join('/');
  const submits = speed.tickets.map((ticket) => ms(ticket.submitMs.median)).join('/');
  return `Speed (median): ${tickets.join('; ')}. The form opens in ${forms} ms and a logged call shows in ${submits} ms (tickets ${speed.tickets.map((ticket) => ticket.ticket).join('/')}).`;
}

export function summarySection(bundle: BundleFigures, zip: ZipFigures, speed: SpeedFigures): string[] {
  return ['Summary', `  ${sizeLine(bundle)}`, `  ${zipLine(zip)}`, `  ${speedLine(speed)}`];
}
