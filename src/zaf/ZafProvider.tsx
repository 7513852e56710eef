import { createContext, useContext, useEffect, useState } from 'react';
import type { ReactNode } from 'react';
import type { AppContext, AppMetadata, NoZafClient, TicketSidebarData, ZafClient } from './types';

/** How long to wait for the host's app.registered before saying Zendesk did not answer. */
export const REGISTRATION_TIMEOUT_MS = 10_000;

export interface ZafReady {
  client: ZafClient;
  metadata: AppMetadata;
  context: AppContext;
  sidebar: TicketSidebarData;
}

export type ZafState =
  | { status: NoZafClient }
  | { status: 'connecting' }
  | { status: 'failed'; error: Error }
  | ({ status: 'ready' } & ZafReady);

const ZafStateContext = createContext<ZafState | null>(null);

async function connect(client: ZafClient): Promise<ZafReady> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timeout = new Promise<never>((_resolve, reject) => {
    timer = setTimeout(() => {
      reject(new Error('Zendesk did not register the app'));
    }, REGISTRATION_TIMEOUT_MS);
  });
  try {
    const { metadata, context } = await Promise.race([client.registered, timeout]);
    // One message for everything the sidebar needs from the ticket and the agent.
    const sidebar = await client.getTicketSidebarData();
    return { client, metadata, context, sidebar: { ...sidebar, ticketId: sidebar.ticketId ?? context.ticketId } };
  } finally {
    clearTimeout(timer);
  }
}

/** Connects to the host once and tells everything below how it went. */
export function ZafProvider({ client, children }: { client: ZafClient | NoZafClient; children: ReactNode }) {
  const [state, setState] = useState<ZafState>(() =>
    typeof client === 'string' ? { status: client } : { status: 'connecting' },
  );

  useEffect(() => {
    if (typeof client === 'string') return;
    let live = true;
    connect(client).then(
      (ready) => {
        if (live) setState({ status: 'ready', ...ready });
      },
      (error: unknown) => {
        if (live) setState({ status: 'failed', error: error instanceof Error ? error : new Error(String(error)) });
      },
    );
    return () => {
      live = false;
    };
  }, [client]);

  return <ZafStateContext.Provider value={state}>{children}</ZafStateContext.Provider>;
}

export function useZafState(): ZafState {
  const state = useContext(ZafStateContext);
  if (state === null) throw new Error('useZafState must be used inside <ZafProvider>');
  return state;
}
