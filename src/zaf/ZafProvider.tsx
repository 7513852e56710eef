import { createContext, useCallback, useContext, useEffect, useMemo, useState } from 'react';
import type { ReactNode } from 'react';
import type { AppContext, AppMetadata, ColorScheme, CurrentUser, NoZafClient, ZafClient } from './types';

/** How long to wait for the host's app.registered before saying Zendesk did not answer. */
export const REGISTRATION_TIMEOUT_MS = 10_000;

export interface ZafReady {
  client: ZafClient;
  metadata: AppMetadata;
  context: AppContext;
}

export type ZafState =
  | { status: NoZafClient }
  | { status: 'connecting' }
  | { status: 'failed'; error: Error }
  | ({ status: 'ready' } & ZafReady);

/** What every location asks the host about the agent, in its own one message: the shell dresses the app with it. */
export interface HostAgent {
  currentUser: CurrentUser | null;
  colorScheme: ColorScheme | null;
}

interface ZafValue {
  state: ZafState;
  agent: HostAgent | null;
  shareAgent: (agent: HostAgent) => void;
}

const ZafContext = createContext<ZafValue | null>(null);

async function connect(client: ZafClient): Promise<ZafReady> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timeout = new Promise<never>((_resolve, reject) => {
    timer = setTimeout(() => {
      reject(new Error('Zendesk did not register the app'));
    }, REGISTRATION_TIMEOUT_MS);
  });
  try {
    const { metadata, context } = await Promise.race([client.registered, timeout]);
    return { client, metadata, context };
  } finally {
    clearTimeout(timer);
  }
}

/** Connects to the host once and tells everything below how it went. */
export function ZafProvider({ client, children }: { client: ZafClient | NoZafClient; children: ReactNode }) {
  const [state, setState] = useState<ZafState>(() =>
    typeof client === 'string' ? { status: client } : { status: 'connecting' },
  );
  const [agent, setAgent] = useState<HostAgent | null>(null);

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

  const shareAgent = useCallback((next: HostAgent) => {
    setAgent((current) =>
      current?.currentUser === next.currentUser && current.colorScheme === next.colorScheme ? current : next,
    );
  }, []);
  const value = useMemo(() => ({ state, agent, shareAgent }), [state, agent, shareAgent]);
  return <ZafContext.Provider value={value}>{children}</ZafContext.Provider>;
}

function useZaf(): ZafValue {
  const value = useContext(ZafContext);
  if (value === null) throw new Error('useZafState must be used inside <ZafProvider>');
  return value;
}

export function useZafState(): ZafState {
  return useZaf().state;
}

/** The connected host, for a location's root: the shell renders locations only once it is connected. */
export function useZafReady(): ZafReady {
  const { state } = useZaf();
  if (state.status !== 'ready') throw new Error('useZafReady must be used once the host is connected');
  return state;
}

/** The agent as the open location's data said; null until it has. */
export function useHostAgent(): HostAgent | null {
  return useZaf().agent;
}

/** For useHostData: tells the shell who the agent is. */
export function useShareAgent(): (agent: HostAgent) => void {
  return useZaf().shareAgent;
}
