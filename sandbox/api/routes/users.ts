// GET /api/v2/users/{id} and GET /api/v2/users/me.

import type { SandboxUser } from '../../shared/types.ts';
import type { RouteContext } from '../request.ts';
import { json, recordNotFound, type ApiResponse } from '../responses.ts';

export function toApiUser(user: SandboxUser, baseUrl: string): Record<string, unknown> {
  return {
    id: user.id,
    url: `${baseUrl}/api/v2/users/${user.id}.json`,
    name: user.name,
    email: user.email === '' ? null : user.email,
    created_at: user.created_at,
    updated_at: user.updated_at,
    time_zone: user.time_zone,
    iana_time_zone: user.iana_time_zone,
    phone: user.phone,
    shared_phone_number: user.phone === null ? null : false,
    photo: null,
    locale: user.locale,
    organization_id: null,
    role: user.role,
    verified: true,
    external_id: null,
    tags: [],
    alias: null,
    active: true,
    shared: false,
    shared_agent: false,
    last_login_at: null,
    signature: null,
    details: null,
    notes: null,
    moderator: user.role !== 'end-user',
    only_private_comments: false,
    restricted_agent: false,
    suspended: false,
    user_fields: {},
  };
}

/** `userId` null means "me": the signed-in agent. */
export function showUser(context: RouteContext, userId: number | null): ApiResponse {
  const user = context.store.user(userId ?? context.agentId);
  return user ? json(200, { user: toApiUser(user, context.baseUrl) }) : recordNotFound();
}
