// The host page's scenario lives in its query, so a link or a reload keeps it:
// ?ticket=102&agent=1568991112&scheme=dark&appId=0&debug&appUrl=/sandbox/host/probe.html

export type ColorScheme = 'light' | 'dark';

export interface Scenario {
  ticketId: number | null;
  agentId: number | null;
  scheme: ColorScheme;
  /** Overrides the saved app id (metadata.appId) for this page; 0 is what `zcli apps:server` gives. */
  appId: number | null;
  /** Logs the ZAF protocol traffic in the console. */
  debug: boolean;
  /** Loads another page of this server in the sidebar instead of the manifest's url. */
  appUrl: string | null;
}

function idParam(params: URLSearchParams, name: string): number | null {
  const raw = params.get(name);
  if (raw === null || raw.trim() === '') return null;
  const value = Number(raw);
  return Number.isSafeInteger(value) && value >= 0 ? value : null;
}

export function readScenario(search: string): Scenario {
  const params = new URLSearchParams(search);
  const appUrl = params.get('appUrl');
  return {
    ticketId: idParam(params, 'ticket'),
    agentId: idParam(params, 'agent'),
    scheme: params.get('scheme') === 'dark' ? 'dark' : 'light',
    appId: idParam(params, 'appId'),
    debug: params.has('debug'),
    // Only paths of this server: the sidebar must never load a page from elsewhere.
    appUrl: appUrl !== null && appUrl.startsWith('/') && !appUrl.startsWith('//') ? appUrl : null,
  };
}

export function scenarioSearch(scenario: Scenario): string {
  const params = new URLSearchParams();
  if (scenario.ticketId !== null) params.set('ticket', String(scenario.ticketId));
  if (scenario.agentId !== null) params.set('agent', String(scenario.agentId));
  if (scenario.scheme === 'dark') params.set('scheme', 'dark');
  if (scenario.appId !== null) params.set('appId', String(scenario.appId));
  if (scenario.appUrl !== null) params.set('appUrl', scenario.appUrl);
  const search = params.toString();
  const withDebug = scenario.debug ? (search ? `${search}&debug` : 'debug') : search;
  return withDebug ? `?${withDebug}` : '';
}
