import * as z from 'zod/mini';

// Only what the top bar shows and matches on; everything else Zendesk sends is kept, not read.
const idSchema = z.number().check(z.int(), z.positive());

export const apiUserSchema = z.looseObject({
  id: idSchema,
  name: z.optional(z.nullable(z.string())),
  email: z.optional(z.nullable(z.string())),
  phone: z.optional(z.nullable(z.string())),
  organization_id: z.optional(z.nullable(z.number())),
});
export type ApiUser = z.infer<typeof apiUserSchema>;

export const userEnvelopeSchema = z.looseObject({ user: apiUserSchema });

const organizationSchema = z.looseObject({ id: z.number(), name: z.optional(z.nullable(z.string())) });

/** GET /api/v2/users/search?include=organizations: the users, and their organizations sideloaded. */
export const userSearchPageSchema = z.looseObject({
  users: z.array(apiUserSchema),
  organizations: z.optional(z.nullable(z.array(organizationSchema))),
});

export const identitiesPageSchema = z.looseObject({
  identities: z.array(z.looseObject({ type: z.optional(z.string()), value: z.optional(z.unknown()) })),
});

export const apiTicketSchema = z.looseObject({
  id: idSchema,
  subject: z.optional(z.nullable(z.string())),
  status: z.optional(z.nullable(z.string())),
  created_at: z.optional(z.nullable(z.string())),
});
export type ApiTicket = z.infer<typeof apiTicketSchema>;

export const ticketsPageSchema = z.looseObject({ tickets: z.array(apiTicketSchema) });
