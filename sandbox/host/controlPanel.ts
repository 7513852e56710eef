// The sandbox's own controls, kept visibly apart from the "Zendesk" UI:
// scenario, events, app settings, faults and data.

import type { ArmedFault, FaultSpec, HostView, SandboxUser } from '../shared/types';
import { byId, h } from './dom';
import { faultForm, renderArmedFaults } from './faultForm';
import type { ColorScheme, Scenario } from './scenario';
import { settingsForm, type SaveSettings } from './settingsForm';

export interface ControlPanelActions {
  selectTicket: (ticketId: number) => void;
  selectAgent: (agentId: number) => void;
  selectScheme: (scheme: ColorScheme) => void;
  applyAppId: (appId: number | null) => void;
  fireEvent: (eventName: string) => void;
  saveSettings: SaveSettings;
  saveStrict: (strict: boolean) => Promise<void>;
  armFault: (spec: Partial<FaultSpec>) => Promise<void>;
  clearFaults: () => Promise<void>;
  reset: () => Promise<void>;
}

export const PANEL_EVENTS = ['ticket.saved', 'app.activated', 'app.deactivated'] as const;

function section(title: string, ...content: (Node | null)[]): HTMLElement {
  return h('section', { class: 'sandbox-section', 'aria-label': title }, h('h3', {}, title), ...content);
}

function select(
  id: string,
  labelText: string,
  options: [string, string][],
  selected: string,
  onChange: (value: string) => void,
) {
  const element = h('select', { id });
  for (const [value, text] of options) element.append(h('option', { value, selected: value === selected }, text));
  element.addEventListener('change', () => onChange(element.value));
  return h('div', { class: 'sandbox-row' }, h('label', { for: id }, labelText), element);
}

function scenarioSection(
  view: HostView,
  scenario: Scenario,
  agent: SandboxUser,
  actions: ControlPanelActions,
): HTMLElement {
  const agents = view.users.filter((user) => user.role !== 'end-user');
  const appIdInput = h('input', {
    id: 'sandbox-app-id',
    type: 'number',
    min: '0',
    value: String(scenario.appId ?? view.appId),
  });
  const applyAppId = h('button', { type: 'button' }, 'Apply app id (reloads the app)');
  applyAppId.addEventListener('click', () => {
    const value = appIdInput.value.trim();
    actions.applyAppId(value === '' ? null : Number(value));
  });
  return section(
    'Scenario',
    select(
      'sandbox-ticket',
      'Ticket',
      view.tickets.map((ticket) => [String(ticket.id), `#${ticket.id} ${ticket.subject}`]),
      String(view.ticket?.id ?? ''),
      (value) => actions.selectTicket(Number(value)),
    ),
    select(
      'sandbox-agent',
      'Signed-in agent',
      agents.map((user) => [String(user.id), `${user.name} (${user.locale}, ${user.iana_time_zone})`]),
      String(agent.id),
      (value) => actions.selectAgent(Number(value)),
    ),
    select(
      'sandbox-scheme',
      'Colour scheme',
      [
        ['light', 'Light'],
        ['dark', 'Dark'],
      ],
      scenario.scheme,
      (value) => actions.selectScheme(value === 'dark' ? 'dark' : 'light'),
    ),
    h(
      'div',
      { class: 'sandbox-row' },
      h('label', { for: 'sandbox-app-id' }, 'App id (metadata.appId; 0 = zcli apps:server)'),
      h('div', { class: 'sandbox-inline' }, appIdInput, applyAppId),
    ),
  );
}

function eventsSection(actions: ControlPanelActions): HTMLElement {
  const buttons = PANEL_EVENTS.map((eventName) => {
    const button = h('button', { type: 'button', 'data-event': eventName }, `Fire ${eventName}`);
    button.addEventListener('click', () => actions.fireEvent(eventName));
    return button;
  });
  return section(
    'Events',
    h('div', { class: 'sandbox-actions' }, ...buttons),
    h(
      'p',
      { class: 'sandbox-note' },
      'The app listens to: ',
      h('span', { id: 'sandbox-subscriptions' }, 'nothing yet'),
    ),
  );
}

/** Strict: the fake API keeps only the 2024 call fields and drops the rest, as the real one did. */
function fidelitySection(view: HostView, actions: ControlPanelActions, report: (message: string) => void) {
  const strict = h('input', { id: 'sandbox-strict', type: 'checkbox', checked: view.api.strict });
  strict.addEventListener('change', () => {
    actions.saveStrict(strict.checked).then(
      () => report(strict.checked ? 'Strict API on; the app reloads.' : 'Strict API off; the app reloads.'),
      (error: unknown) => report(String(error)),
    );
  });
  return section(
    'Zendesk API',
    h(
      'div',
      { class: 'sandbox-row' },
      h(
        'label',
        { for: 'sandbox-strict' },
        strict,
        ' Strict: store only the 2024 call fields; drop others with x-zendesk-api-warn',
      ),
    ),
  );
}

function dataSection(actions: ControlPanelActions, report: (message: string) => void): HTMLElement {
  const reset = h('button', { type: 'button', class: 'sandbox-danger' }, 'Reset sandbox data to the seed');
  reset.addEventListener('click', () => {
    if (!window.confirm('Reset every ticket, call and setting to the seed?')) return;
    actions.reset().then(
      () => report('Sandbox reset to the seed.'),
      (error: unknown) => report(String(error)),
    );
  });
  return section(
    'Data',
    h('div', { class: 'sandbox-actions' }, reset),
    h(
      'p',
      { class: 'sandbox-note' },
      h('a', { href: '/__sandbox/state', target: '_blank' }, 'State'),
      ' · ',
      h('a', { href: '/__sandbox/requests', target: '_blank' }, 'Request log'),
      ' · ',
      h('a', { href: '/__sandbox/settings', target: '_blank' }, 'Settings'),
    ),
  );
}

export function renderControlPanel(
  view: HostView,
  scenario: Scenario,
  agent: SandboxUser,
  actions: ControlPanelActions,
): void {
  const status = h('p', { class: 'sandbox-status', role: 'status', id: 'sandbox-status' });
  const report = (message: string) => (status.textContent = message);
  const faults = faultForm({ arm: actions.armFault, clear: actions.clearFaults, report });
  byId('sandbox-panel-body', HTMLElement).replaceChildren(
    status,
    scenarioSection(view, scenario, agent, actions),
    eventsSection(actions),
    section('App settings', settingsForm(view, actions.saveSettings, report)),
    fidelitySection(view, actions, report),
    section('Fault for the next request', faults.form),
    dataSection(actions, report),
  );
  faults.armed.id = 'sandbox-armed-faults';
}

export function showSubscriptions(eventNames: string[]): void {
  const target = document.getElementById('sandbox-subscriptions');
  if (target) target.textContent = eventNames.length ? eventNames.join(', ') : 'nothing yet';
}

export function showArmedFaults(faults: ArmedFault[]): void {
  const list = document.getElementById('sandbox-armed-faults');
  if (list) renderArmedFaults(list, faults);
}

export function reportInPanel(message: string): void {
  const status = document.getElementById('sandbox-status');
  if (status) status.textContent = message;
}
