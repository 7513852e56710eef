// GET /api/v2/users/{id}, GET /api/v2/users/me and POST /api/v2/users.

import type { SandboxUser, UserIdentity } from '../../shared/types.ts';
import { isPlainObject } from '../commentInput.ts';
import type { RouteContext } from '../request.ts';
import { invalidJson, json, parameterMissing, recordInvalid, recordNotFound, type ApiResponse } from '../responses.ts';
import type { ErrorDetails } from '../validateCall.ts';

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
    organization_id: user.organization_id,
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

/** What the sandbox takes as a phone number on create: E.164, as the app must send it. */
const E164 = /^\+[1-9]\d{6,14}$/;
const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;
const ROLES: readonly SandboxUser['role'][] = ['end-user', 'agent', 'admin'];

function invalid(details: ErrorDetails, field: string, description: string, error = 'InvalidValue'): void {
  (details[field] ??= []).push({ description, error });
}

/** POST /api/v2/users: `{user: {name, phone?, email?, role?, organization_id?}}`; unknown keys are ignored. */
export function createUser(context: RouteContext): ApiResponse {
  const { store, request } = context;
  if (!request.json.ok) return invalidJson();
  const input = isPlainObject(request.json.value) ? request.json.value.user : undefined;
  if (!isPlainObject(input)) return parameterMissing('user');

  const details: ErrorDetails = {};
  const name = typeof input.name === 'string' ? input.name.trim() : '';
  if (name === '') invalid(details, 'name', 'Name: is too short (minimum is 1 character)', 'BlankValue');
  const phone = input.phone ?? null;
  if (phone !== null && (typeof phone !== 'string' || !E164.test(phone)))
    invalid(
      details,
      'phone',
      `Phone: ${JSON.stringify(phone)} is not a valid phone number (use E.164, e.g. +15551234567)`,
    );
  const email = input.email ?? null;
  if (email !== null && (typeof email !== 'string' || !EMAIL.test(email))) {
    invalid(details, 'email', `Email: ${JSON.stringify(email)} is not properly formatted`);
  } else if (
    typeof email === 'string' &&
    store.state.users.some((user) => user.email.toLowerCase() === email.toLowerCase())
  ) {
    invalid(details, 'email', `Email: ${email} is already being used by another user`, 'DuplicateValue');
  }
  const role = input.role ?? 'end-user';
  const knownRole = ROLES.find((candidate) => candidate === role);
  if (!knownRole) invalid(details, 'role', `Role: ${JSON.stringify(role)} is not a role`);
  const organizationId = input.organization_id ?? null;
  if (organizationId !== null && !store.state.organizations.some((organization) => organization.id === organizationId))
    invalid(details, 'organization_id', 'Organization: is invalid');
  if (Object.keys(details).length > 0 || !knownRole) return recordInvalid(details);

  const now = store.timestamp();
  const id = store.allocateId();
  const identity = (type: UserIdentity['type'], value: string): UserIdentity => ({
    id: store.allocateId(),
    type,
    value,
    verified: false,
    primary: true,
  });
  const user: SandboxUser = {
    id,
    name,
    email: typeof email === 'string' ? email : '',
    phone: typeof phone === 'string' ? phone : null,
    role: knownRole,
    locale: 'en-US',
    time_zone: 'Eastern Time (US & Canada)',
    iana_time_zone: 'America/New_York',
    identities: [
      ...(typeof email === 'string' ? [identity('email', email)] : []),
      ...(typeof phone === 'string' ? [identity('phone_number', phone)] : []),
    ],
    organization_id: typeof organizationId === 'number' ? organizationId : null,
    created_at: now,
    updated_at: now,
  };
  store.state.users.push(user);
  store.commit({ reason: 'api', ticketIds: [] });
  return json(201, { user: toApiUser(user, context.baseUrl) });
}
