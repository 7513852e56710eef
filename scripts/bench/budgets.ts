// The budgets `npm run bench` holds the app to; a missed one makes it exit non-zero.

import type { FlowFigures } from './flows.ts';
import type { LongTicketFigures } from './longTicket.ts';
import type { RenderFlowFigures } from './renders.ts';
import type { LocationFigures } from './yardstick.ts';

/** First paint's JS + CSS, gzipped, against the floor's in the same location */
export const PAINT_RATIO_BUDGET = 1.1;
/** Navigation of the frame → usable, median, against the floor's */
export const READY_RATIO_BUDGET = 1.5;

export interface BudgetCheck {
  readonly name: string;
  readonly met: boolean;
  readonly detail: string;
}

export function ratio(value: number, floor: number): number {
  return floor > 0 ? value / floor : NaN;
}

function locationChecks(figures: LocationFigures): BudgetCheck[] {
  if (figures.state !== 'measured') return [];
  const paint = ratio(figures.app.sizes.gzip, figures.floor.sizes.gzip);
  const ready = ratio(figures.app.readyMs.median, figures.floor.readyMs.median);
  return [
    {
      name: `${figures.location} first paint`,
      met: paint <= PAINT_RATIO_BUDGET,
      detail: `${paint.toFixed(2)}× the floor's gzip (budget ${PAINT_RATIO_BUDGET.toFixed(2)}×)`,
    },
    {
      name: `${figures.location} usable`,
      met: ready <= READY_RATIO_BUDGET,
      detail: `${ready.toFixed(2)}× the floor's time (budget ${READY_RATIO_BUDGET.toFixed(2)}×)`,
    },
  ];
}

function flowChecks(flow: FlowFigures): BudgetCheck[] {
  const checks: BudgetCheck[] = [
    {
      name: `requests: ${flow.name}`,
      met: flow.requests <= flow.budget && flow.repeated.length === 0,
      detail:
        `${flow.requests} of ${flow.budget} (${flow.described})` +
        (flow.repeated.length > 0 ? `; read again: ${flow.repeated.join(', ')}` : ''),
    },
  ];
  if (flow.zafGetBudget !== null && flow.zafGets !== null)
    checks.push({
      name: `ZAF get: ${flow.name}`,
      met: flow.zafGets <= flow.zafGetBudget,
      detail: `${flow.zafGets} get message(s), budget ${flow.zafGetBudget}`,
    });
  return checks;
}

function renderCheck(flow: RenderFlowFigures): BudgetCheck {
  return {
    name: `renders: ${flow.name}`,
    met: flow.perStep <= flow.budget,
    detail: `${flow.perStep.toFixed(1)} components per ${flow.step} (budget ${flow.budget})`,
  };
}

/** The long ticket's cards must all show, each comments page and call read once. */
function longTicketCheck(figures: LongTicketFigures): BudgetCheck {
  return {
    name: `requests: long ticket ${figures.ticket}`,
    met: figures.requests <= figures.budget,
    detail: `${figures.requests} of ${figures.budget} (${figures.described})`,
  };
}

export function checkBudgets(
  locations: readonly LocationFigures[],
  flows: readonly FlowFigures[],
  renders: readonly RenderFlowFigures[],
  longTicket: LongTicketFigures | null = null,
): BudgetCheck[] {
  return [
    ...locations.flatMap(locationChecks),
    ...flows.flatMap(flowChecks),
    ...renders.map(renderCheck),
    ...(longTicket === null ? [] : [longTicketCheck(longTicket)]),
  ];
}
