import type { Transport } from '../calls/transport';

export type ColorScheme = 'light' | 'dark';

/** client.metadata(): the installation, with the admin's settings. */
export interface AppMetadata {
  /** The app's id; 0 under `zcli apps:server` without app_id in zcli.apps.config.json */
  appId: number;
  installationId: number | null;
  name: string;
  version: string;
  settings: Readonly<Record<string, unknown>>;
}

/** client.context(): where the app runs. */
export interface AppContext {
  location: string;
  ticketId: number | null;
  subdomain: string | null;
}

export interface Requester {
  id: number;
  name: string;
  email: string | null;
  /** The requester's first phone number, as Zendesk stores it */
  phone: string | null;
}

export interface CurrentUser {
  id: number;
  name: string;
  /** Zendesk locale, e.g. "en-US", "de", "es-419" */
  locale: string;
  /** IANA name, e.g. "Europe/Berlin"; null when Zendesk did not say */
  timeZone: string | null;
}

/** What the ticket sidebar needs from the host, fetched in one message. */
export interface TicketSidebarData {
  ticketId: number | null;
  requester: Requester | null;
  brand: { id: number; name: string } | null;
  currentUser: CurrentUser | null;
  colorScheme: ColorScheme | null;
}

/** What the top bar's pane needs from the host, fetched in one message. */
export interface TopBarData {
  currentUser: CurrentUser | null;
  colorScheme: ColorScheme | null;
}

export type Unsubscribe = () => void;

/** Why a page has no client: opened outside Zendesk, or the SDK's script did not load (blocked, offline). */
export type NoZafClient = 'outsideZendesk' | 'sdkMissing';

/** The typed face of the ZAF client that the rest of the app sees. */
export interface ZafClient {
  /** Resolves once the host has registered the app (zaf.app.registered). */
  registered: Promise<{ metadata: AppMetadata; context: AppContext }>;
  getTicketSidebarData: () => Promise<TicketSidebarData>;
  getTopBarData: () => Promise<TopBarData>;
  resize: (height: number) => void;
  /** Opens a ticket in the agent workspace (invoke('routeTo', 'ticket', id)). */
  routeToTicket: (ticketId: number) => Promise<void>;
  /** Closes the top bar's pane (invoke('popover', 'hide')). */
  hidePopover: () => Promise<void>;
  on: (event: string, handler: (data: unknown) => void) => Unsubscribe;
  request: Transport;
}
