// The host page: a Zendesk ticket view with the app in its sidebar, kept in
// step with the sandbox's state through /__sandbox/events.

import './styles.css';
import { signedInAgent } from '../shared/common';
import type { HostView, SandboxChange, SandboxUser } from '../shared/types';
import { AppFrame, type HostSnapshot } from './appFrame';
import {
  renderControlPanel,
  reportInPanel,
  showArmedFaults,
  showSubscriptions,
  type ControlPanelActions,
} from './controlPanel';
import { renderConversation } from './conversation';
import { byId, drawIcons } from './dom';
import { listenForChanges, sandboxApi } from './sandboxApi';
import { readScenario, scenarioSearch, type ColorScheme, type Scenario } from './scenario';
import { renderMissingTicket, renderTicket } from './ticketView';
import { showToast } from './toasts';

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

async function start(): Promise<void> {
  const scenario = readScenario(location.search);
  applyScheme(scenario.scheme);
  drawIcons();
  const firstView = await sandboxApi.view(scenario.ticketId);
  const agent = agentOf(firstView, scenario.agentId);
  const firstTicket = firstView.ticket;
  const conversation = byId('conversation', HTMLElement);
  let appFrame: AppFrame | null = null;

  const actions: ControlPanelActions = {
    selectTicket: (ticketId) => (location.search = scenarioSearch({ ...scenario, ticketId })),
    selectAgent: (agentId) => (location.search = scenarioSearch({ ...scenario, agentId })),
    selectScheme: (scheme) => {
      scenario.scheme = scheme;
      applyScheme(scheme);
      keepInUrl(scenario);
      appFrame?.fire('colorScheme.changed', scheme);
    },
    applyAppId: (appId) => {
      scenario.appId = appId;
      keepInUrl(scenario);
      appFrame?.load();
    },
    fireEvent: (eventName) => {
      const data = eventName === 'app.activated' ? { firstLoad: false } : undefined;
      reportInPanel(
        appFrame?.fire(eventName, data) ? `Fired ${eventName}.` : `Not fired: the app does not listen to ${eventName}.`,
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
  if (!firstTicket) {
    renderMissingTicket(scenario.ticketId, firstView);
    return;
  }
  const state: HostSnapshot = { view: firstView, ticket: firstTicket, agent, scenario };

  const frame = new AppFrame({
    container: byId('app-frame-container', HTMLElement),
    snapshot: () => state,
    onTicketEdited: (ticket) => {
      state.ticket = ticket;
      renderTicket(state.view, ticket, agent);
    },
    onRequestSettled: (outcome) => {
      if (outcome.method !== 'GET' && outcome.status >= 200 && outcome.status < 400) scheduleRefresh();
      sandboxApi.faults().then(
        ({ faults }) => showArmedFaults(faults),
        () => undefined,
      );
    },
    onSubscriptionsChange: showSubscriptions,
    notify: showToast,
  });
  appFrame = frame;

  const render = () => {
    renderTicket(state.view, state.ticket, agent);
    renderConversation(conversation, state.view, agent);
  };
  const refresh = async () => {
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
      if (change.ticketIds.length === 0 || change.ticketIds.includes(state.ticket.id)) scheduleRefresh();
      return;
    }
    // Zendesk reloads an app whose settings changed; a reset changes everything.
    void refresh()
      .then(() => {
        renderControlPanel(state.view, scenario, agent, actions);
        showArmedFaults([]);
        if (showAppCard(state.view)) frame.load();
      })
      .catch((error: unknown) => console.error(error));
  };

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
      showToast(`Ticket #${state.ticket.id} updated`);
    });
  });

  render();
  if (showAppCard(state.view)) frame.load();
  listenForChanges(onChange);
  showArmedFaults((await sandboxApi.faults()).faults);
}

start().catch((error: unknown) => {
  console.error(error);
  showToast(`The sandbox could not start: ${error instanceof Error ? error.message : String(error)}`, 'error');
});
