// GET /api/v2/organizations/{id}, and organizations as sideloads.

import type { SandboxOrganization } from '../../shared/types.ts';
import type { RouteContext } from '../request.ts';
import { json, recordNotFound, type ApiResponse } from '../responses.ts';

export function toApiOrganization(organization: SandboxOrganization, baseUrl: string): Record<string, unknown> {
  return {
    id: organization.id,
    url: `${baseUrl}/api/v2/organizations/${organization.id}.json`,
    name: organization.name,
    domain_names: [...organization.domain_names],
    details: null,
    notes: null,
    group_id: null,
    shared_tickets: false,
    shared_comments: false,
    tags: [],
    external_id: null,
    organization_fields: {},
    created_at: organization.created_at,
    updated_at: organization.updated_at,
  };
}

export function showOrganization(context: RouteContext, organizationId: number): ApiResponse {
  const organization = context.store.state.organizations.find((candidate) => candidate.id === organizationId);
  return organization
    ? json(200, { organization: toApiOrganization(organization, context.baseUrl) })
    : recordNotFound();
}
