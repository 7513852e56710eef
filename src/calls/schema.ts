import * as z from 'zod/mini';
import { fieldShape } from './fields';
import type { CallFieldName, CallFields } from './fields';

// The read side only: what the list and the details parse. What the API accepts is in writeSchema.ts.

type ReadShape = { [Name in CallFieldName]: CallFields[Name]['type']['read'] };

// Built from the catalogue at run time; the cast restores what each entry's type already says.
const readShape = fieldShape(({ read }) => read) as ReadShape;

/**
 * A call record as the API returns it: every known field typed and nullable,
 * and any field the app does not know yet kept as it came, to be shown.
 */
export const callRecordSchema = z.looseObject({
  ...readShape,
  id: z.number(),
  app_id: z.optional(z.nullable(z.number())),
  account_id: z.optional(z.nullable(z.number())),
  created_at: z.optional(z.nullable(z.string())),
  updated_at: z.optional(z.nullable(z.string())),
});
export type CallRecord = z.infer<typeof callRecordSchema>;

/** A ticket comment as far as finding calls needs it; everything else is kept. */
export const ticketCommentSchema = z.looseObject({
  id: z.number(),
  type: z.optional(z.string()),
  data: z.optional(
    z.nullable(
      z.looseObject({
        call_id: z.optional(z.nullable(z.number())),
      }),
    ),
  ),
});
export type TicketComment = z.infer<typeof ticketCommentSchema>;

/** One page of GET /api/v2/tickets/{id}/comments: cursor pagination, or the older next_page. */
export const ticketCommentsPageSchema = z.looseObject({
  comments: z.array(ticketCommentSchema),
  meta: z.optional(z.looseObject({ has_more: z.optional(z.boolean()) })),
  links: z.optional(z.looseObject({ next: z.optional(z.nullable(z.string())) })),
  next_page: z.optional(z.nullable(z.string())),
});
export type TicketCommentsPage = z.infer<typeof ticketCommentsPageSchema>;

export const callEnvelopeSchema = z.object({ call: callRecordSchema });
