import { useEffect, useState } from 'react';
import { useShareAgent, useZafReady } from './ZafProvider';
import type { HostAgent } from './ZafProvider';
import type { ZafClient } from './types';

export type HostData<Data> =
  { status: 'loading' } | { status: 'ready'; data: Data } | { status: 'failed'; error: Error };

export type HostRead<Data> = (client: ZafClient) => Promise<Data>;

/**
 * One message per client, however often the location's root mounts (it remounts when
 * the agent's language arrives); a failed answer is forgotten so the next mount asks again.
 */
export function askOncePerClient<Data>(read: HostRead<Data>): HostRead<Data> {
  const asked = new WeakMap<ZafClient, Promise<Data>>();
  return (client) => {
    const known = asked.get(client);
    if (known !== undefined) return known;
    const answer = read(client);
    asked.set(client, answer);
    void answer.catch(() => asked.delete(client));
    return answer;
  };
}

/** What a location's root reads from the host, in one batched get; the agent part goes on to the shell. */
export function useHostData<Data extends HostAgent>(read: HostRead<Data>): HostData<Data> {
  const { client } = useZafReady();
  const shareAgent = useShareAgent();
  const [state, setState] = useState<HostData<Data>>({ status: 'loading' });
  useEffect(() => {
    let live = true;
    read(client).then(
      (data) => {
        if (!live) return;
        setState({ status: 'ready', data });
        shareAgent({ currentUser: data.currentUser, colorScheme: data.colorScheme });
      },
      (error: unknown) => {
        if (live) setState({ status: 'failed', error: error instanceof Error ? error : new Error(String(error)) });
      },
    );
    return () => {
      live = false;
    };
  }, [client, read, shareAgent]);
  return state;
}
