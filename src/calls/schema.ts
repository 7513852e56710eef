import * as z from 'zod/mini';
import { CALL_FIELDS, CALL_FIELD_NAMES, MANDATORY_FIELDS, callFieldNameSchema } from './fields';
import type { CallFieldName, CallFields } from './fields';
import { impossibleValues } from './consistency';

type ReadShape = { [Name in CallFieldName]: CallFields[Name]['type']['read'] };
type WriteShape = { [Name in CallFieldName]: CallFields[Name]['type']['write'] };

function shapeOf(pick: (name: CallFieldName) => z.ZodMiniType): Record<CallFieldName, z.ZodMiniType> {
  return Object.fromEntries(CALL_FIELD_NAMES.map((name) => [name, pick(name)])) as Record<CallFieldName, z.ZodMiniType>;
}

// Built from the catalogue at run time; the casts restore what each entry's type already says.
const readShape = shapeOf((name) => CALL_FIELDS[name].type.read) as ReadShape;
const writeShape = shapeOf((name) => CALL_FIELDS[name].type.write) as WriteShape;

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

/** Refuses, at each field, what no call can be (see impossibleValues), among the fields a body carries. */
export function possibleCall<Call extends Partial<Record<CallFieldName, unknown>>>() {
  return z.superRefine<Call>((call, payload) => {
    for (const { path, message } of impossibleValues(call)) payload.addIssue({ code: 'custom', path: [path], message });
  });
}

const appIdSchema = z.int({ error: 'errors.appId' }).check(z.positive({ error: 'errors.appId' }));

/** What POST /api/v2/calls accepts as `call`: the mandatory fields and app_id, the rest optional. */
export const callCreateSchema = z
  .strictObject({
    ...z.partial(z.object(writeShape)).shape,
    ...z.pick(
      z.object(writeShape),
      Object.fromEntries(MANDATORY_FIELDS.map((name) => [name, true])) as {
        [Name in (typeof MANDATORY_FIELDS)[number]]: true;
      },
    ).shape,
    app_id: appIdSchema,
  })
  .check(possibleCall());
export type CallCreate = z.infer<typeof callCreateSchema>;

/** What PATCH /api/v2/calls/{id} accepts: any writable field, null to clear it; app_id is fixed at create. */
export const callUpdateSchema = z
  .strictObject(
    shapeOf((name) => z.optional(z.nullable(CALL_FIELDS[name].type.write))) as {
      [Name in CallFieldName]: z.ZodMiniOptional<z.ZodMiniNullable<WriteShape[Name]>>;
    },
  )
  .check(possibleCall());
export type CallUpdate = z.infer<typeof callUpdateSchema>;

const agentIdSchema = z.int().check(z.positive());

/** The voice comment's fields, sent beside `call` on create or alone to /calls/{id}/comments. */
export const voiceCommentInputSchema = z.strictObject({
  title: z.optional(z.string().check(z.trim(), z.minLength(1, { error: 'errors.required' }))),
  call_fields: z.optional(z.array(callFieldNameSchema)),
  display_to_agent: z.optional(agentIdSchema),
  author_id: z.optional(agentIdSchema),
  subject: z.optional(z.string()),
  end_user_id: z.optional(agentIdSchema),
});
export type VoiceCommentInput = z.infer<typeof voiceCommentInputSchema>;

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
