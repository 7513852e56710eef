// The host page's scenario lives in its query, so a link or a reload keeps it:
// ?ticket=102&agent=1568991112&scheme=dark&appId=0&debug&appUrl=/sandbox/host/probe.html&topBarUrl=/sandbox/host/probe.html
// (no ticket: the home view)

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
  /** Loads a page of this server in the top bar (adding a top-bar app when the manifest has none). */
  topBarUrl: string | null;
}

/** Only paths of this server: a frame must never load a page from elsewhere. */
function localPath(value: string | null): string | null {
  return value !== null && value.startsWith('/') && !value.startsWith('//') ? value : null;
}

function idParam(params: URLSearchParams, name: string): number | null {
  const raw = params.get(name);
  if (raw === null || raw.trim() === '') return null;
  const value = Number(raw);
  return Number.isSafeInteger(value) && value >= 0 ? value : null;
}

export function readScenario(search: string): Scenario {
  const params = new URLSearchParams(search);
  return {
    ticketId: idParam(params, 'ticket'),
    agentId: idParam(params, 'agent'),
    scheme: params.get('scheme') === 'dark' ? 'dark' : 'light',
    appId: idParam(params, 'appId'),
    debug: params.has('debug'),
    appUrl: localPath(params.get('appUrl')),
    topBarUrl: localPath(params.get('topBarUrl')),
  };
}

export function scenarioSearch(scenario: Scenario): string {
  const params = new URLSearchParams();
  if (scenario.ticketId !== null) params.set('ticket', String(scenario.ticketId));
  if (scenario.agentId !== null) params.set('agent', String(scenario.agentId));
  if (scenario.scheme === 'dark') params.set('scheme', 'dark');
  if (scenario.appId !== null) params.set('appId', String(scenario.appId));
  if (scenario.appUrl !== null) params.set('appUrl', scenario.appUrl);
  if (scenario.topBarUrl !== null) params.set('topBarUrl', scenario.topBarUrl);
  const search = params.toString();
  const withDebug = scenario.debug ? (search ? `${search}&debug` : 'debug') : search;
  return withDebug ? `?${withDebug}` : '';
}
