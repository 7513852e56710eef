import { vi } from 'vitest';
import type { Mock } from 'vitest';
import type { AppContext, AppMetadata, TicketSidebarData, ZafClient } from '../zaf/types';
import { fakeTransport } from './fakeTransport';
import type { FakeTransport } from './fakeTransport';

export interface FakeZafClient extends ZafClient {
  api: FakeTransport;
  /** Fires a host event, as zaf.<event> would */
  emit: (event: string, data: unknown) => void;
  resize: Mock<ZafClient['resize']>;
  getTicketSidebarData: Mock<ZafClient['getTicketSidebarData']>;
  getTopBarData: Mock<ZafClient['getTopBarData']>;
  routeToTicket: Mock<ZafClient['routeToTicket']>;
  hidePopover: Mock<ZafClient['hidePopover']>;
}

/** A connected host: registered with this metadata, answering the sidebar's get with this data. */
export function fakeZafClient({
  metadata = {},
  context: contextOverrides = {},
  sidebar = {},
  api = fakeTransport(),
}: {
  metadata?: Partial<AppMetadata>;
  context?: Partial<AppContext>;
  sidebar?: Partial<TicketSidebarData>;
  api?: FakeTransport;
} = {}): FakeZafClient {
  const handlers = new Map<string, Set<(data: unknown) => void>>();
  const fullMetadata: AppMetadata = {
    appId: 1003048,
    installationId: 77,
    name: 'Call Logger',
    version: '1.0.0',
    settings: { company_line: '+14155550100', default_country: 'US' },
    ...metadata,
  };
  const context: AppContext = { location: 'ticket_sidebar', ticketId: 42, subdomain: 'acme', ...contextOverrides };
  return {
    api,
    registered: Promise.resolve({ metadata: fullMetadata, context }),
    getTicketSidebarData: vi.fn<ZafClient['getTicketSidebarData']>(() =>
      Promise.resolve({
        ticketId: 42,
        requester: { id: 301, name: 'Carla Customer', email: 'carla@example.com', phone: '+14155550123' },
        brand: { id: 9, name: 'Acme' },
        currentUser: { id: 501, name: 'Ana Agent', locale: 'en-US', timeZone: 'Europe/Berlin' },
        colorScheme: 'light',
        ...sidebar,
      }),
    ),
    getTopBarData: vi.fn<ZafClient['getTopBarData']>(() =>
      Promise.resolve({
        currentUser: { id: 501, name: 'Ana Agent', locale: 'en-US', timeZone: 'Europe/Berlin' },
        colorScheme: 'light',
      }),
    ),
    routeToTicket: vi.fn<ZafClient['routeToTicket']>(() => Promise.resolve()),
    hidePopover: vi.fn<ZafClient['hidePopover']>(() => Promise.resolve()),
    resize: vi.fn<ZafClient['resize']>(),
    on: (event, handler) => {
      const set = handlers.get(event) ?? new Set();
      set.add(handler);
      handlers.set(event, set);
      return () => set.delete(handler);
    },
    emit: (event, data) => {
      handlers.get(event)?.forEach((handler) => {
        handler(data);
      });
    },
    request: api.transport,
  };
}
