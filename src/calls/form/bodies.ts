import type { CreateCallInput } from '../api';
import { CALL_FIELD_NAMES, CALL_FIELDS } from '../fields';
import type { CallFieldName } from '../fields';
import { sameInstant } from '../input/time';
import type { CallRecord } from '../schema';
import { callCreateSchema, callUpdateSchema, voiceCommentInputSchema } from '../writeSchema';
import type { CallUpdate, VoiceCommentInput } from '../writeSchema';
import { validateBody } from '../send';

/** The form's parsed call fields: the API's values, undefined (not sent) or null (cleared). */
export type ParsedCallFields = Readonly<Record<string, unknown>>;

export interface VoiceCommentChoice {
  title: string;
  fields: readonly CallFieldName[];
  /** The agent who logs the call, shown as the comment's author */
  authorId: number | null;
}

export function buildVoiceComment({ title, fields, authorId }: VoiceCommentChoice): VoiceCommentInput {
  return validateBody(voiceCommentInputSchema, {
    title: title.trim(),
    call_fields: [...fields],
    ...(authorId === null ? {} : { author_id: authorId }),
  });
}

/**
 * The body of POST /api/v2/calls for a call logged from the sidebar: always
 * on the current ticket, always with its voice comment, since that comment is
 * the only way to find the record from the ticket again.
 */
export function buildCreateInput(
  fields: ParsedCallFields,
  { appId, ticketId, comment }: { appId: number; ticketId: number; comment: VoiceCommentChoice },
): CreateCallInput {
  // An unticked box on a new call means "not known", not "no": only ticked flags are sent.
  const call = Object.fromEntries(
    Object.entries(fields).filter(
      ([name, value]) => value !== undefined && value !== null && value !== false && name !== 'ticket_id',
    ),
  );
  return {
    call: validateBody(callCreateSchema, { ...call, app_id: appId, ticket_id: ticketId }),
    comment: buildVoiceComment(comment),
  };
}

function isSameValue(name: CallFieldName, stored: unknown, next: unknown): boolean {
  const before = stored ?? null;
  if (before === null || next === null) return before === next;
  if (CALL_FIELDS[name].type.kind === 'timestamp' && typeof before === 'string' && typeof next === 'string') {
    return sameInstant(before, next);
  }
  return before === next;
}

/**
 * Only the fields the agent changed, so two agents editing different fields
 * of one call do not overwrite each other: a field counts when its input was
 * edited (`edited`) AND its value differs from the stored one. Retyping the
 * same value, or an unticked flag that was never set, is not a change.
 */
export function buildUpdateChanges(
  record: CallRecord,
  fields: ParsedCallFields,
  edited: ReadonlySet<string>,
): CallUpdate {
  const changes: Record<string, unknown> = {};
  for (const name of CALL_FIELD_NAMES) {
    if (!edited.has(name) || !Object.hasOwn(fields, name)) continue;
    const next = fields[name];
    const stored = record[name];
    if (next === undefined) continue;
    // An untouched checkbox of a never-set flag is false in the form and null in the record.
    if (CALL_FIELDS[name].type.kind === 'flag' && next === false && (stored ?? null) === null) continue;
    if (!isSameValue(name, stored, next)) changes[name] = next;
  }
  return validateBody(callUpdateSchema, changes);
}
