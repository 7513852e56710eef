// The host page: a Zendesk agent workspace with the app in its top bar and in
// a ticket's sidebar (or the home view with no ticket), kept in step with the
// sandbox's state through /__sandbox/events.

import './styles.css';
import { DEFAULT_TOP_BAR_SIZE, signedInAgent } from '../shared/common';
import type { HostView, SandboxChange, SandboxUser, TopBarLocation } from '../shared/types';
import { AppFrame, INITIAL_HEIGHT, type HostSnapshot } from './appFrame';
import {
  renderControlPanel,
  reportInPanel,
  showArmedFaults,
  showSubscriptions,
  type ControlPanelActions,
} from './controlPanel';
import { renderConversation } from './conversation';
import { byId, drawIcons } from './dom';
import { renderHome } from './homeView';
import { listenForChanges, sandboxApi } from './sandboxApi';
import { readScenario, scenarioSearch, type ColorScheme, type Scenario } from './scenario';
import { renderMissingTicket, renderTicket } from './ticketView';
import { showToast } from './toasts';
import { TopBarPane } from './topBar';
import { AgentWorkspace } from './workspace';
import type { ProxyOutcome } from './zaf/requests';

const REFRESH_DEBOUNCE_MS = 60;
const SAVE_HOOK_TIMEOUT_MS = 5000;

function agentOf(view: HostView, agentId: number | null): SandboxUser {
  const agent = signedInAgent(view.users, agentId);
  if (!agent) throw new Error('The sandbox has no agents');
  return agent;
}

function applyScheme(scheme: ColorScheme): void {
  document.documentElement.dataset.scheme = scheme;
  document.documentElement.style.colorScheme = scheme;
}

function keepInUrl(scenario: Scenario): void {
  history.replaceState(null, '', `${location.pathname}${scenarioSearch(scenario)}`);
}

function showAppCard(view: HostView): boolean {
  byId('app-card-title', HTMLElement).textContent = `${view.app.name} ${view.app.version}`;
  if (!view.app.problem) return true;
  byId('app-frame-container', HTMLElement).replaceChildren(
    Object.assign(document.createElement('p'), { className: 'zd-app-problem', textContent: view.app.problem }),
  );
  return false;
}

/** The manifest's top_bar location; `?topBarUrl=` puts a page there also when the manifest has none. */
function topBarLocation(view: HostView, scenario: Scenario): TopBarLocation | null {
  const manifest = view.app.topBar;
  if (scenario.topBarUrl === null) return manifest;
  return { ...DEFAULT_TOP_BAR_SIZE, iconUrl: null, ...manifest, url: scenario.topBarUrl };
}

async function start(): Promise<void> {
  const scenario = readScenario(location.search);
  applyScheme(scenario.scheme);
  drawIcons();
  const firstView = await sandboxApi.view(scenario.ticketId);
  const agent = agentOf(firstView, scenario.agentId);
  const home = scenario.ticketId === null;
  const state: HostSnapshot = { view: firstView, ticket: home ? null : firstView.ticket, agent, scenario };
  const conversation = byId('conversation', HTMLElement);
  let sidebar: AppFrame | null = null;

  const workspace = new AgentWorkspace({
    openTicket: (ticketId) => (location.search = scenarioSearch({ ...scenario, ticketId })),
    notify: showToast,
  });
  const onRequestSettled = (outcome: ProxyOutcome) => {
    if (outcome.method !== 'GET' && outcome.status >= 200 && outcome.status < 400) scheduleRefresh();
    sandboxApi.faults().then(
      ({ faults }) => showArmedFaults(faults),
      () => undefined,
    );
  };
  const shared = { snapshot: () => state, workspace, onRequestSettled, notify: showToast };

  const actions: ControlPanelActions = {
    selectTicket: (ticketId) => (location.search = scenarioSearch({ ...scenario, ticketId })),
    selectAgent: (agentId) => (location.search = scenarioSearch({ ...scenario, agentId })),
    selectScheme: (scheme) => {
      scenario.scheme = scheme;
      applyScheme(scheme);
      keepInUrl(scenario);
      sidebar?.fire('colorScheme.changed', scheme);
      topBar?.app.fire('colorScheme.changed', scheme);
    },
    applyAppId: (appId) => {
      scenario.appId = appId;
      keepInUrl(scenario);
      sidebar?.load();
    },
    fireEvent: (eventName) => {
      const data = eventName === 'app.activated' ? { firstLoad: false } : undefined;
      reportInPanel(
        sidebar?.fire(eventName, data) ? `Fired ${eventName}.` : `Not fired: the app does not listen to ${eventName}.`,
      );
    },
    saveSettings: async (settings) => {
      await sandboxApi.saveSettings(settings);
    },
    saveStrict: async (strict) => {
      await sandboxApi.saveStrict(strict);
    },
    armFault: async (spec) => {
      await sandboxApi.armFault(spec);
      showArmedFaults((await sandboxApi.faults()).faults);
    },
    clearFaults: async () => {
      await sandboxApi.clearFaults();
      showArmedFaults([]);
    },
    reset: async () => {
      await sandboxApi.reset();
    },
  };
  renderControlPanel(firstView, scenario, agent, actions);

  const topBarAt = topBarLocation(firstView, scenario);
  const topBar = topBarAt
    ? new TopBarPane({
        appName: firstView.app.name,
        location: topBarAt,
        buttons: byId('top-bar-apps', HTMLElement),
        panes: byId('top-bar-panes', HTMLElement),
        frame: { ...shared, onSubscriptionsChange: () => undefined },
      })
    : null;
  if (topBar) workspace.attach({ topBar });

  const render = () => {
    if (!state.ticket) return;
    renderTicket(state.view, state.ticket, agent);
    renderConversation(conversation, state.view, agent);
  };
  const refresh = async () => {
    if (!state.ticket) return;
    const view = await sandboxApi.view(state.ticket.id);
    if (!view.ticket) {
      renderMissingTicket(state.ticket.id, view);
      return;
    }
    state.view = view;
    state.ticket = view.ticket;
    render();
  };
  let refreshTimer: ReturnType<typeof setTimeout> | undefined;
  const scheduleRefresh = () => {
    clearTimeout(refreshTimer);
    refreshTimer = setTimeout(
      () => void refresh().catch((error: unknown) => console.error(error)),
      REFRESH_DEBOUNCE_MS,
    );
  };
  const onChange = (change: SandboxChange) => {
    if (change.reason === 'api') {
      if (state.ticket && (change.ticketIds.length === 0 || change.ticketIds.includes(state.ticket.id)))
        scheduleRefresh();
      return;
    }
    // Zendesk reloads an app whose settings changed; a reset changes everything.
    void refresh()
      .then(async () => {
        if (!state.ticket) state.view = await sandboxApi.view(null);
        renderControlPanel(state.view, scenario, agent, actions);
        showArmedFaults([]);
        if (showAppCard(state.view)) sidebar?.load();
        if (topBar?.app.frame) topBar.app.load();
      })
      .catch((error: unknown) => console.error(error));
  };
  listenForChanges(onChange);

  if (home) {
    renderHome(firstView, agent);
  } else if (!state.ticket) {
    renderMissingTicket(scenario.ticketId, firstView);
  } else {
    const frame = new AppFrame({
      ...shared,
      location: 'ticket_sidebar',
      container: byId('app-frame-container', HTMLElement),
      url: ({ scenario: { appUrl }, view }) => appUrl ?? view.app.locationUrl ?? '',
      frameClass: 'zd-app-frame',
      initialSize: { height: INITIAL_HEIGHT },
      onTicketEdited: (ticket) => {
        state.ticket = ticket;
        renderTicket(state.view, ticket, agent);
      },
      onSubscriptionsChange: showSubscriptions,
    });
    sidebar = frame;
    workspace.attach({ sidebar: frame });
    byId('submit-ticket', HTMLButtonElement).addEventListener('click', () => {
      const host = frame.host;
      void (
        host
          ? host.askForReply('ticket.save', undefined, SAVE_HOOK_TIMEOUT_MS)
          : Promise.resolve({ ok: true, message: null })
      ).then((reply) => {
        if (!reply.ok) {
          showToast(`The app stopped the save: ${reply.message ?? 'no reason given'}`, 'error');
          return;
        }
        frame.fire('ticket.saved');
        showToast(`Ticket #${String(state.ticket?.id)} updated`);
      });
    });
    render();
    if (showAppCard(state.view)) frame.load();
  }
  showArmedFaults((await sandboxApi.faults()).faults);
}

start().catch((error: unknown) => {
  console.error(error);
  showToast(`The sandbox could not start: ${error instanceof Error ? error.message : String(error)}`, 'error');
});
