// The fake Zendesk API as a pure function of (store, request): no HTTP here,
// so it is tested directly. The Node adapter (server.ts) adds faults, the
// request log and rate-limit headers around it.

import { baseUrlOf, signedInAgentId, type ApiRequest, type RouteContext } from './request.ts';
import { invalidEndpoint, json, type ApiResponse } from './responses.ts';
import { createCall, createCallComment, showCall, updateCall } from './routes/calls.ts';
import { listTicketComments, showTicket } from './routes/tickets.ts';
import { showOrganization } from './routes/organizations.ts';
import { listRequestedTickets, listUserIdentities, searchUsersRoute } from './routes/userLists.ts';
import { createUser, showUser } from './routes/users.ts';
import type { SandboxStore } from './store.ts';

type RouteHandler = (context: RouteContext, id: number) => ApiResponse;

interface Route {
  pattern: RegExp;
  methods: Partial<Record<string, RouteHandler>>;
}

const ROUTES: Route[] = [
  { pattern: /^\/api\/v2\/calls$/, methods: { POST: (context) => createCall(context) } },
  { pattern: /^\/api\/v2\/calls\/(\d+)$/, methods: { GET: showCall, PATCH: updateCall, PUT: updateCall } },
  { pattern: /^\/api\/v2\/calls\/(\d+)\/comments$/, methods: { POST: createCallComment } },
  { pattern: /^\/api\/v2\/tickets\/(\d+)$/, methods: { GET: showTicket } },
  { pattern: /^\/api\/v2\/tickets\/(\d+)\/comments$/, methods: { GET: listTicketComments } },
  { pattern: /^\/api\/v2\/users\/me$/, methods: { GET: (context) => showUser(context, null) } },
  { pattern: /^\/api\/v2\/users\/(\d+)$/, methods: { GET: (context, id) => showUser(context, id) } },
  { pattern: /^\/api\/v2\/users$/, methods: { POST: (context) => createUser(context) } },
  { pattern: /^\/api\/v2\/users\/search$/, methods: { GET: (context) => searchUsersRoute(context) } },
  { pattern: /^\/api\/v2\/users\/(\d+)\/identities$/, methods: { GET: listUserIdentities } },
  { pattern: /^\/api\/v2\/users\/(\d+)\/tickets\/requested$/, methods: { GET: listRequestedTickets } },
  { pattern: /^\/api\/v2\/organizations\/(\d+)$/, methods: { GET: showOrganization } },
];

/** Zendesk accepts every path with or without `.json`. */
export function withoutJsonSuffix(path: string): string {
  return path.endsWith('.json') ? path.slice(0, -'.json'.length) : path;
}

export function handleApiRequest(store: SandboxStore, request: ApiRequest): ApiResponse {
  const path = withoutJsonSuffix(request.path.replace(/\/+$/, ''));
  const method = request.method.toUpperCase();
  for (const route of ROUTES) {
    const match = route.pattern.exec(path);
    if (!match) continue;
    const handler = route.methods[method];
    if (!handler) return invalidEndpoint();
    const id = Number(match[1] ?? 0);
    if (!Number.isSafeInteger(id)) return invalidEndpoint();
    const context: RouteContext = {
      store,
      request,
      baseUrl: baseUrlOf(request),
      agentId: signedInAgentId(store, request),
    };
    try {
      return handler(context, id);
    } catch (error) {
      // A bug in the sandbox must still answer, as a 500 with the reason.
      const description = error instanceof Error ? error.message : String(error);
      return json(500, { error: 'InternalServerError', description: `Sandbox error: ${description}` });
    }
  }
  return invalidEndpoint();
}
