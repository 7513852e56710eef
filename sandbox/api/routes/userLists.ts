// GET /api/v2/users/search, /users/{id}/identities and /users/{id}/tickets/requested:
// offset-paginated lists ({<items>, next_page, previous_page, count}).

import { TICKET_STATUSES } from '../../shared/ticketFields.ts';
import type { SandboxTicket, SandboxUser, UserIdentity } from '../../shared/types.ts';
import { paginate } from '../pagination.ts';
import type { RouteContext } from '../request.ts';
import { json, recordNotFound, type ApiResponse } from '../responses.ts';
import { searchUsers } from '../userSearch.ts';
import { toApiOrganization } from './organizations.ts';
import { toApiTicket } from './tickets.ts';
import { toApiUser } from './users.ts';

/** Offset pages only: these endpoints know no cursors here (the page[...] parameters are not read). */
function offsetList<T extends { id: number }>(
  context: RouteContext,
  items: readonly T[],
  base: string,
  key: string,
  toApi: (item: T) => unknown,
  extra: (page: T[]) => Record<string, unknown> = () => ({}),
): ApiResponse {
  const query = new URLSearchParams([...context.request.query].filter(([name]) => !name.startsWith('page[')));
  const result = paginate(items, query, `${context.baseUrl}${base}`);
  if (result.kind === 'error') return result.response;
  if (result.kind === 'cursor') throw new Error('cursor pagination was filtered out');
  const { items: page, next_page, previous_page, count } = result.page;
  return json(200, { [key]: page.map(toApi), ...extra(page), next_page, previous_page, count });
}

/** `?include=organizations` sideloads the organizations of the page's users. */
export function searchUsersRoute(context: RouteContext): ApiResponse {
  const { store, request, baseUrl } = context;
  const found = searchUsers(store.state.users, request.query.get('query') ?? '');
  const sideload = (request.query.get('include') ?? '').split(',').includes('organizations');
  return offsetList(
    context,
    found,
    '/api/v2/users/search.json',
    'users',
    (user) => toApiUser(user, baseUrl),
    (page: SandboxUser[]) => {
      if (!sideload) return {};
      const ids = new Set(page.map((user) => user.organization_id));
      return {
        organizations: store.state.organizations
          .filter((organization) => ids.has(organization.id))
          .map((organization) => toApiOrganization(organization, baseUrl)),
      };
    },
  );
}

function toApiIdentity(identity: UserIdentity, user: SandboxUser, baseUrl: string): Record<string, unknown> {
  return {
    url: `${baseUrl}/api/v2/users/${user.id}/identities/${identity.id}.json`,
    id: identity.id,
    user_id: user.id,
    type: identity.type,
    value: identity.value,
    verified: identity.verified,
    primary: identity.primary,
    created_at: user.created_at,
    updated_at: user.updated_at,
    undeliverable_count: 0,
    deliverable_state: 'deliverable',
  };
}

export function listUserIdentities(context: RouteContext, userId: number): ApiResponse {
  const user = context.store.user(userId);
  if (!user) return recordNotFound();
  return offsetList(context, user.identities, `/api/v2/users/${userId}/identities.json`, 'identities', (identity) =>
    toApiIdentity(identity, user, context.baseUrl),
  );
}

const SORT_KEYS: Record<string, (ticket: SandboxTicket) => string | number> = {
  id: (ticket) => ticket.id,
  created_at: (ticket) => Date.parse(ticket.created_at),
  updated_at: (ticket) => Date.parse(ticket.updated_at),
  status: (ticket) => TICKET_STATUSES.indexOf(ticket.status),
  subject: (ticket) => ticket.subject.toLowerCase(),
};

/** `sort_by` id (default), created_at, updated_at, status or subject; `sort_order` asc (default) or desc; ties by id. */
export function sortTickets(tickets: readonly SandboxTicket[], sortBy: string | null, sortOrder: string | null) {
  const key = SORT_KEYS[sortBy ?? 'id'] ?? SORT_KEYS.id;
  const direction = sortOrder === 'desc' ? -1 : 1;
  if (!key) return [...tickets];
  return [...tickets].sort((a, b) => {
    const [x, y] = [key(a), key(b)];
    return (x < y ? -1 : x > y ? 1 : a.id - b.id) * direction;
  });
}

export function listRequestedTickets(context: RouteContext, userId: number): ApiResponse {
  const { store, request, baseUrl } = context;
  if (!store.user(userId)) return recordNotFound();
  const requested = store.state.tickets.filter((ticket) => ticket.requester_id === userId);
  const sorted = sortTickets(requested, request.query.get('sort_by'), request.query.get('sort_order'));
  return offsetList(context, sorted, `/api/v2/users/${userId}/tickets/requested.json`, 'tickets', (ticket) =>
    toApiTicket(ticket, baseUrl),
  );
}
