import { describe, expect, it } from 'vitest';
import { checkBudgets } from './budgets.ts';
import type { PaintFigures } from './firstPaint.ts';
import type { FlowFigures } from './flows.ts';

function paint(gzip: number, readyMs: number): PaintFigures {
  return {
    runs: 1,
    readyMs: { median: readyMs, max: readyMs, samples: [readyMs] },
    sizes: { raw: gzip * 3, gzip, brotli: gzip },
    files: [],
    filesVary: false,
    outside: [],
  };
}

const flow = (requests: number, budget: number, repeated: string[] = []): FlowFigures => ({
  name: 'open 1 call',
  what: '',
  requests,
  budget,
  described: '',
  repeated,
  zafGets: 1,
  zafGetBudget: 1,
});

describe('checkBudgets', () => {
  it('passes a location at 1.10× the floor and 1.5× its time, and fails it just above', () => {
    const met = checkBudgets(
      [{ location: 'ticket_sidebar', state: 'measured', floor: paint(100, 100), app: paint(110, 150) }],
      [],
      [],
    );
    expect(met.every((check) => check.met)).toBe(true);
    const missed = checkBudgets(
      [{ location: 'ticket_sidebar', state: 'measured', floor: paint(100, 100), app: paint(111, 151) }],
      [],
      [],
    );
    expect(missed.filter((check) => !check.met).map((check) => check.name)).toEqual([
      'ticket_sidebar first paint',
      'ticket_sidebar usable',
    ]);
  });

  it('names a flow over its request budget, or one that read the same page twice', () => {
    const checks = checkBudgets([], [flow(3, 2), flow(2, 2, ['/api/v2/calls/1?{}'])], []);
    expect(checks.filter((check) => !check.met)).toHaveLength(2);
    expect(checkBudgets([], [flow(2, 2)], []).every((check) => check.met)).toBe(true);
  });

  it('holds the long ticket to one read per comments page and call', () => {
    const longTicket = (requests: number) => ({
      ticket: 120,
      comments: 2000,
      calls: 50,
      firstCardMs: 500,
      allCardsMs: 2500,
      longestTaskMs: 60,
      requests,
      budget: 70,
      described: '',
    });
    expect(checkBudgets([], [], [], longTicket(70)).map((check) => check.met)).toEqual([true]);
    const [missed] = checkBudgets([], [], [], longTicket(71));
    expect(missed).toMatchObject({ name: 'requests: long ticket 120', met: false });
  });

  it('says what a render step is: a keystroke, a second of the live clock', () => {
    const timer = {
      name: 'live timer',
      what: '',
      step: 'second',
      steps: 5,
      commits: 5,
      perStep: 3,
      maxPerCommit: 3,
      budget: 2,
      top: [],
    };
    const [check] = checkBudgets([], [], [timer]);
    expect(check).toEqual({
      name: 'renders: live timer',
      met: false,
      detail: '3.0 components per second (budget 2)',
    });
  });

  it('has nothing to hold a location to that is not in the manifest', () => {
    expect(checkBudgets([{ location: 'top_bar', state: 'not in manifest' }], [], [])).toEqual([]);
  });
});
