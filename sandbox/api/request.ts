// A request to the fake API, free of Node's http types, and what routes read from it.

import { AGENT_HEADER, signedInAgent } from '../shared/common.ts';
import type { SandboxStore } from './store.ts';

export interface ApiRequest {
  method: string;
  /** The path without its query, e.g. /api/v2/calls/1.json */
  path: string;
  query: URLSearchParams;
  /** Lower-case header names. */
  headers: Record<string, string | undefined>;
  /** The raw body text ('' when none). */
  body: string;
  /** The body parsed once as JSON (see parseJsonBody); routes and the request log read it. */
  json: ParsedBody;
}

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
  return signedInAgent(store.state.users, Number(request.headers[AGENT_HEADER]))?.id ?? 0;
}

export type ParsedBody = { ok: true; value: unknown } | { ok: false };

/** The body as JSON; an empty body reads as undefined. */
export function parseJsonBody(body: string): ParsedBody {
  if (body.trim() === '') return { ok: true, value: undefined };
  try {
    return { ok: true, value: JSON.parse(body) as unknown };
  } catch {
    return { ok: false };
  }
}
