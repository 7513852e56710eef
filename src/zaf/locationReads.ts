import type { TicketSidebarData, TopBarData, ZafClient } from './types';
import { askOncePerClient } from './useHostData';

/** The ticket, its requester and brand, the agent and the scheme: one get for the whole sidebar. */
export const readTicketSidebar = askOncePerClient((client) => client.getTicketSidebarData());

/** The agent and the scheme: one get when the pane opens. */
export const readTopBar = askOncePerClient((client) => client.getTopBarData());

/**
 * Each location's one get, by the location's name: the shell sends it while the
 * location's code loads, and the root reads the same answer when it mounts.
 */
export const LOCATION_READS: Readonly<Record<string, (client: ZafClient) => Promise<TicketSidebarData | TopBarData>>> =
  {
    ticket_sidebar: readTicketSidebar,
    top_bar: readTopBar,
  };
