// The "Zendesk" around the app: the ticket tab, the ticket's header and its
// properties column with the requester.

import type { TicketStatus } from '../shared/ticketFields';
import type { HostView, SandboxTicket, SandboxUser } from '../shared/types';
import { byId, formatTime, h, initials } from './dom';
import { renderSignedInAgent } from './homeView';

const STATUS_LABELS: Record<TicketStatus, string> = {
  new: 'New',
  open: 'Open',
  pending: 'Pending',
  hold: 'On-hold',
  solved: 'Solved',
  closed: 'Closed',
};

function capitalised(text: string | null): string {
  return text ? text.charAt(0).toUpperCase() + text.slice(1) : '-';
}

function field(label: string, ...value: (Node | string)[]): HTMLElement {
  return h(
    'div',
    { class: 'zd-field' },
    h('span', { class: 'zd-field-label' }, label),
    h('div', { class: 'zd-field-value' }, ...value),
  );
}

function person(user: SandboxUser | undefined, withContact: boolean): HTMLElement {
  if (!user) return h('span', {}, '-');
  return h(
    'div',
    { class: 'zd-person' },
    h('span', { class: 'zd-avatar', 'aria-hidden': 'true' }, initials(user.name)),
    h(
      'div',
      {},
      h('div', { class: 'zd-person-name' }, user.name),
      withContact && user.email ? h('div', { class: 'zd-muted', 'data-testid': 'requester-email' }, user.email) : null,
      withContact && user.phone ? h('div', { class: 'zd-muted', 'data-testid': 'requester-phone' }, user.phone) : null,
    ),
  );
}

export function statusBadge(status: TicketStatus): HTMLElement {
  return h('span', { class: `zd-status zd-status--${status}` }, STATUS_LABELS[status]);
}

export function renderTicket(view: HostView, ticket: SandboxTicket, agent: SandboxUser): void {
  const user = (id: number | null) => view.users.find((candidate) => candidate.id === id);
  const requester = user(ticket.requester_id);

  byId('ticket-tab', HTMLElement).replaceChildren(
    h('span', { class: 'zd-tab-title' }, ticket.subject),
    h('span', { class: 'zd-tab-id' }, `#${ticket.id}`),
  );
  renderSignedInAgent(agent);

  byId('ticket-header', HTMLElement).replaceChildren(
    h(
      'div',
      { class: 'zd-ticket-title-row' },
      h('h1', { id: 'ticket-subject' }, ticket.subject),
      statusBadge(ticket.status),
    ),
    h(
      'p',
      { class: 'zd-ticket-meta' },
      h('span', { id: 'ticket-id' }, `Ticket #${ticket.id}`),
      ' · ',
      h('strong', {}, requester?.name ?? 'Unknown requester'),
      requester?.email ? ` <${requester.email}>` : '',
      requester?.phone ? ` · ${requester.phone}` : '',
      ` · via ${ticket.via_channel} · ${formatTime(ticket.created_at, agent.locale, agent.iana_time_zone)}`,
    ),
  );

  byId('ticket-properties', HTMLElement).replaceChildren(
    h('h2', { class: 'zd-panel-heading' }, 'Requester'),
    person(requester, true),
    field('Assignee', person(user(ticket.assignee_id), false)),
    field('Brand', view.brand?.name ?? '-'),
    h(
      'div',
      { class: 'zd-field-row' },
      field('Type', capitalised(ticket.type)),
      field('Priority', capitalised(ticket.priority)),
    ),
    field('Status', statusBadge(ticket.status)),
    field('Tags', h('div', { class: 'zd-tags' }, ...ticket.tags.map((tag) => h('span', { class: 'zd-tag' }, tag)))),
  );
  document.title = `${ticket.subject} – Zendesk sandbox`;
}

/** When the ticket in the query does not exist. */
export function renderMissingTicket(ticketId: number | null, view: HostView): void {
  byId('ticket-header', HTMLElement).replaceChildren(
    h('h1', { id: 'ticket-subject' }, `Ticket #${String(ticketId)} does not exist`),
    h(
      'p',
      { class: 'zd-ticket-meta' },
      `Tickets in the sandbox: ${view.tickets.map((ticket) => `#${ticket.id}`).join(', ')}`,
    ),
  );
}
