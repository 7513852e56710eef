import { addVoiceComment, updateCallChecked } from './api';
import { getCall } from './getCall';
import { findConflicts } from './conflicts';
import type { Collision } from './conflicts';
import type { CallFieldName } from './fields';
import { toCallApiError } from './errors';
import type { CallApiError } from './errors';
import { buildUpdateChanges, buildVoiceComment } from './form/bodies';
import type { ParsedCallFields, VoiceCommentChoice } from './form/bodies';
import type { CallRecord } from './schema';
import type { CallUpdate, VoiceCommentInput } from './writeSchema';
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
  | ({ kind: 'saved'; call: CallRecord; changed: boolean; commented: boolean } & SentFields)
  /** The update is stored (when `changed`), the comment is not: a retry needs only the comment. */
  | ({ kind: 'commentFailed'; call: CallRecord; changed: boolean; error: CallApiError } & SentFields);

/** The fields a PATCH sent, and those of them Zendesk's answer lacks although it answered 200. */
export interface SentFields {
  sent: string[];
  notKept: CallFieldName[];
}

/** What a save that read the call first may also come to: nothing sent, as another agent changed fields this agent edited. */
export type GuardedCallUpdateOutcome =
  CallUpdateOutcome | { kind: 'conflict'; fresh: CallRecord; collisions: Collision[] };

/** PATCHes `changes` (none: `base` stays as it is), then adds the comment `body`. */
async function store(
  transport: Transport,
  base: CallRecord,
  changes: CallUpdate,
  body: VoiceCommentInput | null,
): Promise<CallUpdateOutcome> {
  const sent = Object.keys(changes);
  const changed = sent.length > 0;
  const { call, notKept } = changed
    ? await updateCallChecked(transport, base.id, changes)
    : { call: base, notKept: [] };
  if (body !== null) {
    try {
      await addVoiceComment(transport, call.id, body);
    } catch (error) {
      return { kind: 'commentFailed', call, changed, error: toCallApiError(error), sent, notKept };
    }
  }
  return { kind: 'saved', call, changed, commented: body !== null, sent, notKept };
}

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
  if (Object.keys(changes).length === 0 && comment === null) return { kind: 'nothingToSave' };
  return store(transport, stored, changes, comment === null ? null : buildVoiceComment(comment));
}

/**
 * updateCallAndComment for a form that may be stale (`stored` is the record it
 * opened with): a change is preceded by a GET of the call. When another agent
 * stored a different value in a field this one edited, nothing is sent;
 * otherwise the changes are worked out again against the fresh record, so
 * what the other agent changed elsewhere stays.
 */
export async function updateCallUnlessConflicting(
  transport: Transport,
  { stored, fields, edited, comment }: CallUpdateRequest,
): Promise<GuardedCallUpdateOutcome> {
  const changes = buildUpdateChanges(stored, fields, edited);
  const body = comment === null ? null : buildVoiceComment(comment);
  if (Object.keys(changes).length === 0) {
    return body === null ? { kind: 'nothingToSave' } : store(transport, stored, changes, body);
  }
  const fresh = await getCall(transport, stored.id);
  const check = findConflicts(stored, fresh, changes);
  if (check.collisions.length > 0) return { kind: 'conflict', fresh, collisions: check.collisions };
  if (!check.changedSinceOpened) return store(transport, stored, changes, body);
  // What the other agent already stored as this one typed it need not be sent again.
  return store(transport, fresh, buildUpdateChanges(fresh, fields, edited), body);
}
