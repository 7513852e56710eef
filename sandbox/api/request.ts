// A request to the fake API, free of Node's http types, and what routes read from it.

import type { SandboxStore } from './store.ts';
import { invalidJson } from './responses.ts';
import type { ApiResponse } from './responses.ts';

export interface ApiRequest {
  method: string;
  /** The path without its query, e.g. /api/v2/calls/1.json */
  path: string;
  query: URLSearchParams;
  /** Lower-case header names. */
  headers: Record<string, string | undefined>;
  /** The raw body text ('' when none). */
  body: string;
}

/** Which agent the host page says is signed in; the API acts as them. */
export const AGENT_HEADER = 'x-sandbox-agent-id';

export interface RouteContext {
  store: SandboxStore;
  request: ApiRequest;
  /** http://host:port of the request, for the absolute links Zendesk returns. */
  baseUrl: string;
  agentId: number;
}

export function baseUrlOf(request: ApiRequest): string {
  const host = request.headers.host ?? 'localhost';
  const protocol = request.headers['x-forwarded-proto'] ?? 'http';
  return `${protocol}://${host}`;
}

/** The signed-in agent: the one the host page names, else the account's first agent. */
export function signedInAgentId(store: SandboxStore, request: ApiRequest): number {
  const named = Number(request.headers[AGENT_HEADER]);
  const agents = store.state.users.filter((user) => user.role !== 'end-user');
  const agent = agents.find((candidate) => candidate.id === named) ?? agents[0];
  return agent?.id ?? 0;
}

export type ParsedBody = { ok: true; value: unknown } | { ok: false; response: ApiResponse };

/** The body as JSON; an empty body reads as undefined. */
export function parseJsonBody(body: string): ParsedBody {
  if (body.trim() === '') return { ok: true, value: undefined };
  try {
    return { ok: true, value: JSON.parse(body) as unknown };
  } catch {
    return { ok: false, response: invalidJson() };
  }
}
