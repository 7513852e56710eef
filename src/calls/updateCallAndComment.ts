import { addVoiceComment, updateCall } from './api';
import { toCallApiError } from './errors';
import type { CallApiError } from './errors';
import { buildUpdateChanges, buildVoiceComment } from './form/bodies';
import type { ParsedCallFields, VoiceCommentChoice } from './form/bodies';
import type { CallRecord } from './schema';
import type { Transport } from './transport';

export interface CallUpdateRequest {
  /** The call as it is stored now */
  stored: CallRecord;
  /** The form's parsed call fields */
  fields: ParsedCallFields;
  /** The fields the agent edited: only these may be sent */
  edited: ReadonlySet<string>;
  /** The voice comment to add after the update, or null for none */
  comment: VoiceCommentChoice | null;
}

export type CallUpdateOutcome =
  | { kind: 'nothingToSave' }
  | { kind: 'saved'; call: CallRecord; changed: boolean; commented: boolean }
  /** The update is stored (when `changed`), the comment is not: a retry needs only the comment. */
  | { kind: 'commentFailed'; call: CallRecord; changed: boolean; error: CallApiError };

/**
 * Saves an update: PATCHes only the fields the agent changed (none: no
 * request), then adds the optional voice comment. A failed PATCH throws, as
 * nothing was stored; a failed comment after it is an outcome of its own,
 * holding the stored call.
 */
export async function updateCallAndComment(
  transport: Transport,
  { stored, fields, edited, comment }: CallUpdateRequest,
): Promise<CallUpdateOutcome> {
  const changes = buildUpdateChanges(stored, fields, edited);
  const changed = Object.keys(changes).length > 0;
  if (!changed && comment === null) return { kind: 'nothingToSave' };
  const body = comment === null ? null : buildVoiceComment(comment);
  const call = changed ? await updateCall(transport, stored.id, changes) : stored;
  if (body !== null) {
    try {
      await addVoiceComment(transport, call.id, body);
    } catch (error) {
      return { kind: 'commentFailed', call, changed, error: toCallApiError(error) };
    }
  }
  return { kind: 'saved', call, changed, commented: body !== null };
}
