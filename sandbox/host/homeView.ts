// The agent workspace with no ticket open (no ?ticket= in the query): the top
// bar only, as on Zendesk's home page; a routeTo('ticket', id) opens one.

import type { HostView, SandboxUser } from '../shared/types';
import { byId, h, initials } from './dom';

export function renderSignedInAgent(agent: SandboxUser): void {
  byId('signed-in-agent', HTMLElement).replaceChildren(
    h('span', { class: 'zd-avatar zd-avatar--small', 'aria-hidden': 'true' }, initials(agent.name)),
    h('span', {}, `${agent.name} (${agent.locale})`),
  );
}

export function renderHome(view: HostView, agent: SandboxUser): void {
  byId('workspace', HTMLElement).hidden = true;
  byId('ticket-tab', HTMLElement).replaceChildren(h('span', { class: 'zd-tab-title' }, 'Home'));
  renderSignedInAgent(agent);
  const home = byId('home-view', HTMLElement);
  home.hidden = false;
  home.replaceChildren(
    h('h1', { id: 'home-title' }, 'No ticket open'),
    h(
      'p',
      { class: 'zd-muted' },
      view.app.topBar
        ? `Open ${view.app.name} from the top bar, or a ticket from the sandbox controls.`
        : 'Open a ticket from the sandbox controls.',
    ),
  );
  document.title = 'Home – Zendesk sandbox';
}
