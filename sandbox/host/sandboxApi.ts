// The host page's calls to the sandbox control API (never to /api/v2, so the
// page's own reads stay out of the request log, the faults and the rate limit).

import type { ArmedFault, FaultSpec, HostView, SandboxChange, SettingValue } from '../shared/types';

async function send<T>(method: string, path: string, body?: unknown): Promise<T> {
  const response = await fetch(path, {
    method,
    headers: body === undefined ? {} : { 'content-type': 'application/json' },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  const payload = (await response.json()) as unknown;
  if (!response.ok) {
    const problems = (payload as { problems?: unknown }).problems;
    throw new Error(Array.isArray(problems) ? problems.join('; ') : `${method} ${path}: HTTP ${response.status}`);
  }
  return payload as T;
}

export const sandboxApi = {
  view: (ticketId: number | null) =>
    send<HostView>('GET', `/__sandbox/view${ticketId === null ? '' : `?ticket=${ticketId}`}`),
  saveSettings: (settings: Record<string, SettingValue | null>, appId?: number) =>
    send<unknown>('PUT', '/__sandbox/settings', appId === undefined ? { settings } : { settings, appId }),
  saveStrict: (strict: boolean) => send<unknown>('PUT', '/__sandbox/settings', { strict }),
  armFault: (spec: Partial<FaultSpec>) => send<{ fault: ArmedFault }>('POST', '/__sandbox/faults', spec),
  faults: () => send<{ faults: ArmedFault[] }>('GET', '/__sandbox/faults'),
  clearFaults: () => send<{ cleared: number }>('DELETE', '/__sandbox/faults'),
  reset: () => send<unknown>('POST', '/__sandbox/reset'),
};

/** Calls `onChange` for every state change the server reports; the browser reconnects by itself. */
export function listenForChanges(onChange: (change: SandboxChange) => void): EventSource {
  const source = new EventSource('/__sandbox/events');
  source.addEventListener('change', (event) => {
    try {
      onChange(JSON.parse((event as MessageEvent<string>).data) as SandboxChange);
    } catch {
      // A malformed event is dropped; the next one refreshes the page anyway.
    }
  });
  return source;
}
