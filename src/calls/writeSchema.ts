import * as z from 'zod/mini';
import { CALL_FIELD_NAMES, MANDATORY_FIELDS, fieldShape } from './fields';
import type { CallFieldName, CallFields } from './fields';
import type { FieldKind, FieldType } from './fieldTypes';
import { impossibleValues } from './consistency';

// What the API accepts, derived from each field's kind in the catalogue. Only the write paths (the forms,
// End call, the wrap-up, the top bar's create) import this module, so the list's first paint builds none of it.
// The schemas carry translation keys as their error messages, so the UI can show them in the agent's language.

/** ISO 8601 with an offset: Z, +01, +0100 or +01:00 (Zendesk accepted "2022-01-27T15:31:40+01"). */
const ISO_WITH_OFFSET = /^(\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(?::\d{2}(?:\.\d{1,9})?)?)(Z|[+-]\d{2}(?::?\d{2})?)$/;

function isRealInstant(value: string): boolean {
  const match = ISO_WITH_OFFSET.exec(value);
  if (match === null) return false;
  const [, local = '', offset = ''] = match;
  const digits = offset.slice(1).replace(':', '');
  const time = new Date(
    offset === 'Z' ? `${local}Z` : `${local}${offset.charAt(0)}${digits.slice(0, 2)}:${digits.slice(2) || '00'}`,
  );
  // Date rolls 2024-02-30 over to 1 March: the day must survive the round trip.
  const day = local.slice(0, 10);
  return !Number.isNaN(time.getTime()) && new Date(`${day}T00:00:00Z`).toISOString().startsWith(day);
}

/** A host name with a top-level domain of letters, as the URL parser writes it (lower case, IDNs in punycode). */
const WEB_HOST = /^(?:[a-z0-9](?:[a-z0-9-]*[a-z0-9])?\.)+(?:[a-z]{2,63}|xn--[a-z0-9-]+)$/;

/** An http(s) link to a named host, read by the browser's own URL parser (zod's URL format weighs 0.5 kB more). */
function isWebAddress(value: string): boolean {
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    return false;
  }
  return (url.protocol === 'http:' || url.protocol === 'https:') && WEB_HOST.test(url.hostname);
}

const WRITE_OF_KIND = {
  phone: z.e164({ error: 'errors.phone' }),
  text: z.string({ error: 'errors.text' }),
  longText: z.string({ error: 'errors.text' }),
  timestamp: z.string({ error: 'errors.timestamp' }).check(z.refine(isRealInstant, { error: 'errors.timestamp' })),
  duration: z.int({ error: 'errors.duration' }).check(z.nonnegative({ error: 'errors.duration' })),
  count: z.int({ error: 'errors.count' }).check(z.nonnegative({ error: 'errors.count' })),
  id: z.int({ error: 'errors.id' }).check(z.positive({ error: 'errors.id' })),
  flag: z.boolean({ error: 'errors.flag' }),
  url: z.string({ error: 'errors.url' }).check(z.refine(isWebAddress, { error: 'errors.url' })),
} satisfies Record<Exclude<FieldKind, 'enum'>, z.ZodMiniType>;

/** An enum is written from the known list only (it is read as any string). */
function enumWrite<const Values extends readonly string[]>(values: Values) {
  return z.enum(values, { error: 'errors.enum' });
}

/** The write schema a field type derives: its kind's, or its own list's for an enum. */
export type WriteSchemaOf<Type extends FieldType> = Type extends { kind: 'enum'; values: infer Values }
  ? Values extends readonly string[]
    ? ReturnType<typeof enumWrite<Values>>
    : never
  : (typeof WRITE_OF_KIND)[Exclude<Type['kind'], 'enum'>];

type WriteShape = { [Name in CallFieldName]: WriteSchemaOf<CallFields[Name]['type']> };

// Built from the catalogue at run time; the cast restores what each entry's type already says.
const writeShape = fieldShape(({ kind, values }) =>
  kind === 'enum' ? enumWrite(values ?? []) : WRITE_OF_KIND[kind],
) as WriteShape;

/** What the API accepts for one field, checked before anything is sent. */
export function writeSchemaOf<Name extends CallFieldName>(name: Name): WriteShape[Name] {
  return writeShape[name];
}

/** A call field's name, as the API, the comment's field list and the saved drafts name it. */
export const callFieldNameSchema = z.enum(CALL_FIELD_NAMES as [CallFieldName, ...CallFieldName[]]);

/** Refuses, at each field, what no call can be (see impossibleValues), among the fields a body carries. */
export function possibleCall<Call extends Partial<Record<CallFieldName, unknown>>>() {
  // A plain check, as the forms' inputs push theirs: zod's superRefine adds an issue helper the first paint would carry.
  return z.check<Call>((payload) => {
    for (const { path, message } of impossibleValues(payload.value)) {
      payload.issues.push({ code: 'custom', path: [path], message, input: payload.value });
    }
  });
}

const appIdSchema = z.int({ error: 'errors.appId' }).check(z.positive({ error: 'errors.appId' }));

/** What POST /api/v2/calls accepts as `call`: the mandatory fields and app_id, the rest optional. */
type Mandatory = (typeof MANDATORY_FIELDS)[number];
const mandatory = new Set<CallFieldName>(MANDATORY_FIELDS);

// Each field optional but the mandatory ones, straight from the catalogue (zod's pick and partial weigh 0.9 kB).
const createShape = fieldShape((_, name) =>
  mandatory.has(name) ? writeShape[name] : z.optional(writeShape[name]),
) as {
  [Name in Mandatory]: WriteShape[Name];
} & { [Name in Exclude<CallFieldName, Mandatory>]: z.ZodMiniOptional<WriteShape[Name]> };

export const callCreateSchema = z.strictObject({ ...createShape, app_id: appIdSchema }).check(possibleCall());
export type CallCreate = z.infer<typeof callCreateSchema>;

/** What PATCH /api/v2/calls/{id} accepts: any writable field, null to clear it; app_id is fixed at create. */
export const callUpdateSchema = z
  .strictObject(
    fieldShape((_, name) => z.optional(z.nullable(writeShape[name]))) as {
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
