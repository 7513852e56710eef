// The state file's schema: a file that does not match it is treated as corrupt.

import { z } from 'zod';
import { TICKET_PRIORITIES, TICKET_STATUSES, TICKET_TYPES } from '../shared/ticketFields.ts';
import type { SandboxState } from '../shared/types.ts';

const id = z.number().int().positive();
const settingValue = z.union([z.string(), z.number(), z.boolean()]);

const user = z.object({
  id,
  name: z.string(),
  email: z.string(),
  phone: z.string().nullable(),
  role: z.enum(['end-user', 'agent', 'admin']),
  locale: z.string(),
  time_zone: z.string(),
  iana_time_zone: z.string(),
  identities: z.array(
    z.object({
      id,
      type: z.enum(['email', 'phone_number']),
      value: z.string(),
      verified: z.boolean(),
      primary: z.boolean(),
    }),
  ),
  organization_id: id.nullable(),
  created_at: z.string(),
  updated_at: z.string(),
});

const organization = z.object({
  id,
  name: z.string(),
  domain_names: z.array(z.string()),
  created_at: z.string(),
  updated_at: z.string(),
});

const ticket = z.object({
  id,
  subject: z.string(),
  description: z.string(),
  status: z.enum(TICKET_STATUSES),
  priority: z.enum(TICKET_PRIORITIES).nullable(),
  type: z.enum(TICKET_TYPES).nullable(),
  requester_id: id,
  submitter_id: id,
  assignee_id: id.nullable(),
  brand_id: id,
  tags: z.array(z.string()),
  via_channel: z.string(),
  created_at: z.string(),
  updated_at: z.string(),
});

const comment = z.object({
  id,
  ticket_id: id,
  type: z.enum(['Comment', 'TpeVoiceComment']),
  public: z.boolean(),
  author_id: id,
  body: z.string(),
  html_body: z.string(),
  created_at: z.string(),
  audit_id: id,
  data: z
    .object({
      app_id: z.number().nullable(),
      app_name: z.string().nullable(),
      author_id: z.number().nullable(),
      call_id: z.number(),
      direction: z.string().nullable(),
      external_id: z.string().nullable(),
      title: z.string().nullable(),
      via_id: z.union([z.literal(45), z.literal(46)]),
      recording_url: z.string(),
    })
    .nullable(),
  call_fields: z.array(z.string()),
});

export const sandboxStateSchema: z.ZodType<SandboxState> = z.object({
  version: z.literal(1),
  accountId: id,
  subdomain: z.string(),
  nextId: id,
  nextTicketId: id,
  brands: z.array(z.object({ id, name: z.string(), subdomain: z.string() })),
  organizations: z.array(organization),
  users: z.array(user),
  tickets: z.array(ticket),
  calls: z.array(z.record(z.string(), z.union([z.string(), z.number(), z.boolean(), z.null()]))),
  comments: z.array(comment),
  app: z.object({ appId: z.number().int().nonnegative(), settings: z.record(z.string(), settingValue) }),
  // Older state files have no api settings: they start lenient.
  api: z.object({ strict: z.boolean() }).default({ strict: false }),
});
