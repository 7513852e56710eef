import { lazy } from 'react';
import type { ComponentType, LazyExoticComponent } from 'react';
import type { AppContext, ZafClient } from '../../zaf/types';
import { ticketTransport } from '../shared/session/ticketTransport';

/**
 * Each Zendesk location (manifest.json › location.support) and the root it shows;
 * a root is its own chunk, fetched only where it is used. Adding a location: one entry
 * here, one folder in src/ui/locations/, one manifest entry.
 */
export const LOCATION_ROOTS: Readonly<Record<string, LazyExoticComponent<ComponentType>>> = {
  ticket_sidebar: lazy(async () => ({
    default: (await import('../locations/ticket-sidebar/TicketSidebar')).TicketSidebar,
  })),
  top_bar: lazy(async () => ({
    default: (await import('../locations/top-bar/TopBar')).TopBar,
  })),
};

/**
 * What a location's first screen will read, sent by the shell as soon as Zendesk names the
 * location, while the location's code loads: the sidebar's first page of comments.
 */
export const LOCATION_HEAD_STARTS: Readonly<Record<string, (client: ZafClient, context: AppContext) => void>> = {
  ticket_sidebar: (client, context) => {
    ticketTransport(client, context.ticketId);
  },
};
