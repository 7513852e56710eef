// The speed section: per ticket, time to the call list, to the form, to a logged call.

import type { SpeedFigures, TicketSpeed } from './speed.ts';
import type { Spread } from './stats.ts';
import { formatTable, ms } from './table.ts';

function medianMax(spread: Spread): string {
  return `${ms(spread.median)} / ${ms(spread.max)}`;
}

function ticketRow(ticket: TicketSpeed): string[] {
  return [
    `${ticket.ticket}`,
    `${ticket.callsShown}`,
    medianMax(ticket.loadMs),
    medianMax(ticket.loadInFrameMs),
    ticket.loadRequests,
    medianMax(ticket.formMs),
    medianMax(ticket.submitMs),
    ticket.submitRequests,
  ];
}

export function speedSection(speed: SpeedFigures): string[] {
  const runs = speed.tickets[0]?.runs ?? 0;
  const late = speed.tickets.filter((ticket) => ticket.lateRequests !== 'none');
  return [
    `Speed — ${speed.browser} headless, dist/ served by the sandbox on :${speed.port}; ${runs} runs per ticket after 1 warm-up, ` +
      "a fresh browser context and a reset sandbox each; ms, median / max, on the page's clock",
    ...formatTable(
      [
        [
          'ticket',
          'calls',
          'open → list',
          'in app frame',
          'API requests to get there',
          'open form',
          'log call',
          'API requests to log',
        ],
        ...speed.tickets.map(ticketRow),
      ],
      ['right', 'right', 'right', 'right', 'left', 'right', 'right', 'left'],
    ),
    "  open → list: host page navigation start to the call list painted; in app frame: from the sidebar frame's own navigation start.",
    '  open form: click on "Log a call" to the form\'s heading painted; log call: click on "Log call" to the new call\'s details painted.',
    ...late.map(
      (ticket) => `  ! ticket ${ticket.ticket}: API requests after the list was shown: ${ticket.lateRequests}`,
    ),
  ];
}
