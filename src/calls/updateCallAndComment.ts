import { addVoiceComment, getCall, updateCall } from './api';
import { findConflicts } from './conflicts';
import type { Collision } from './conflicts';
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
  /**
   * Read the call again before changing it, and stop when another agent
   * stored a different value in a field this one edited (`stored` is then the
   * record the form opened with).
   */
  guard?: boolean;
}

export type CallUpdateOutcome =
  | { kind: 'nothingToSave' }
  /** Nothing was sent: another agent changed fields this agent edited; `fresh` is the call as stored now. */
  | { kind: 'conflict'; fresh: CallRecord; collisions: Collision[] }
  | { kind: 'saved'; call: CallRecord; changed: boolean; commented: boolean }
  /** The update is stored (when `changed`), the comment is not: a retry needs only the comment. */
  | { kind: 'commentFailed'; call: CallRecord; changed: boolean; error: CallApiError };

/**
 * Saves an update: PATCHes only the fields the agent changed (none: no
 * request), then adds the optional voice comment. With `guard`, a change is
 * preceded by a GET of the call: a collision with another agent's save is an
 * outcome of its own and sends nothing; otherwise the changes are worked out
 * again against the fresh record. A failed PATCH throws, as
 * nothing was stored; a failed comment after it is an outcome of its own,
 * holding the stored call.
 */
export async function updateCallAndComment(
  transport: Transport,
  { stored, fields, edited, comment, guard = false }: CallUpdateRequest,
): Promise<CallUpdateOutcome> {
  let changes = buildUpdateChanges(stored, fields, edited);
  if (Object.keys(changes).length === 0 && comment === null) return { kind: 'nothingToSave' };
  const body = comment === null ? null : buildVoiceComment(comment);
  let base = stored;
  if (guard && Object.keys(changes).length > 0) {
    const fresh = await getCall(transport, stored.id);
    const check = findConflicts(stored, fresh, changes);
    if (check.collisions.length > 0) return { kind: 'conflict', fresh, collisions: check.collisions };
    if (check.changedSinceOpened) {
      base = fresh;
      // What the other agent already stored as this one typed it need not be sent again.
      changes = buildUpdateChanges(fresh, fields, edited);
    }
  }
  const changed = Object.keys(changes).length > 0;
  const call = changed ? await updateCall(transport, stored.id, changes) : base;
  if (body !== null) {
    try {
      await addVoiceComment(transport, call.id, body);
    } catch (error) {
      return { kind: 'commentFailed', call, changed, error: toCallApiError(error) };
    }
  }
  return { kind: 'saved', call, changed, commented: body !== null };
}
