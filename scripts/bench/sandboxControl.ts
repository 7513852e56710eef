// The sandbox's control API (/__sandbox): reset the data, read and clear the request log.

import type { RequestLogEntry } from '../../sandbox/shared/types.ts';

/**
 * Every control call is idempotent (reset, clear, read): one that lost its connection
 * (a kept-alive socket the busy server had just closed: ECONNRESET) is sent once more.
 */
export async function call(
  origin: string,
  method: string,
  path: string,
  send: typeof fetch = fetch,
): Promise<Response> {
  const url = `${origin}/__sandbox/${path}`;
  const response = await send(url, { method }).catch(() => send(url, { method }));
  if (!response.ok) throw new Error(`${method} /__sandbox/${path} answered ${response.status}`);
  return response;
}

/** Back to the seed; also clears armed faults and the request log. */
export async function resetSandbox(origin: string): Promise<void> {
  await call(origin, 'POST', 'reset');
}

export async function clearRequests(origin: string): Promise<void> {
  await call(origin, 'DELETE', 'requests');
}

/** The API requests the app made since the log was last cleared, oldest first. */
export async function loggedRequests(origin: string): Promise<RequestLogEntry[]> {
  const answer = (await (await call(origin, 'GET', 'requests')).json()) as { requests: RequestLogEntry[] };
  return answer.requests;
}

/** What the agent's sidebar asked Zendesk for, in words; anything unforeseen by method and path. */
const KINDS: readonly (readonly [RegExp, string, string])[] = [
  [/^GET \/api\/v2\/tickets\/\d+\/comments(\.json)?$/, 'comments page', 'comments pages'],
  [/^GET \/api\/v2\/calls\/\d+(\.json)?$/, 'call read', 'call reads'],
  [/^POST \/api\/v2\/calls(\.json)?$/, 'call create', 'call creates'],
  [/^(PATCH|PUT) \/api\/v2\/calls\/\d+(\.json)?$/, 'call update', 'call updates'],
  [/^POST \/api\/v2\/calls\/\d+\/comments(\.json)?$/, 'call comment', 'call comments'],
  [/^GET \/api\/v2\/users\/(\d+|me)(\.json)?$/, 'user read', 'user reads'],
  [/^GET \/api\/v2\/users\/search(\.json)?$/, 'user search', 'user searches'],
  [/^GET \/api\/v2\/users\/\d+\/tickets\/requested(\.json)?$/, 'caller tickets page', 'caller tickets pages'],
  [/^GET \/api\/v2\/users\/\d+\/identities(\.json)?$/, 'identities read', 'identities reads'],
  [/^POST \/api\/v2\/users(\.json)?$/, 'user create', 'user creates'],
  [/^GET \/api\/v2\/tickets\/\d+(\.json)?$/, 'ticket read', 'ticket reads'],
];

function kindOf({ method, path }: Pick<RequestLogEntry, 'method' | 'path'>): readonly [string, string] {
  const request = `${method} ${path}`;
  const known = KINDS.find(([pattern]) => pattern.test(request));
  if (known !== undefined) return [known[1], known[2]];
  const generic = request.replace(/\/\d+/g, '/{id}');
  return [generic, generic];
}

/** e.g. "1 comments page + 2 call reads"; "none" for no requests. */
export function describeRequests(requests: readonly Pick<RequestLogEntry, 'method' | 'path'>[]): string {
  const counts = new Map<string, { count: number; plural: string }>();
  for (const request of requests) {
    const [singular, plural] = kindOf(request);
    const seen = counts.get(singular) ?? { count: 0, plural };
    counts.set(singular, { count: seen.count + 1, plural });
  }
  if (counts.size === 0) return 'none';
  return [...counts].map(([singular, { count, plural }]) => `${count} ${count === 1 ? singular : plural}`).join(' + ');
}

async function send(origin: string, method: string, path: string, body: unknown): Promise<Response> {
  const response = await fetch(`${origin}/__sandbox/${path}`, {
    method,
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(body),
  });
  if (!response.ok) throw new Error(`${method} /__sandbox/${path} answered ${response.status}`);
  return response;
}

/** A call on the ticket, with its voice comment, started `secondsAgo` and not ended: a live call. */
export async function startLiveCall(origin: string, ticketId: number, secondsAgo: number): Promise<void> {
  await send(origin, 'POST', 'calls', { ticketId, startedSecondsAgo: secondsAgo });
}

/** The app's settings as an admin would set them (merged into the installation's). */
export async function putSettings(origin: string, settings: Record<string, string | boolean>): Promise<void> {
  await send(origin, 'PUT', 'settings', { settings });
}
