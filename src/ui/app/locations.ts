import { lazy } from 'react';
import type { ComponentType, LazyExoticComponent } from 'react';

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
