// Adds up Vitest's and Playwright's JSON reports into the one line CI reads.
import { existsSync, readFileSync } from 'node:fs';

const read = (file) => (existsSync(file) ? JSON.parse(readFileSync(file, 'utf8')) : null);

let passed = 0;
let failed = 0;
let skipped = 0;

const unit = read('test-results/unit.json');
if (unit) {
  passed += unit.numPassedTests;
  failed += unit.numFailedTests;
  skipped += unit.numPendingTests + (unit.numTodoTests ?? 0);
}

const e2e = read('test-results/e2e.json');
if (e2e) {
  passed += e2e.stats.expected;
  failed += e2e.stats.unexpected + e2e.stats.flaky;
  skipped += e2e.stats.skipped;
}

if (!unit) console.log('(no unit test report: the run stopped before the unit tests)');
if (!e2e) console.log('(no browser test report: the run stopped before the browser tests)');
console.log(`${passed} passed, ${failed} failed, ${skipped} skipped`);
