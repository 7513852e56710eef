import { CALL_FIELD_NAMES } from './fields';
import type { CallFieldName } from './fields';
import { isKept } from './notKept';
import type { CallRecord } from './schema';

/** A field both agents changed, to different values. */
export interface Collision {
  field: CallFieldName;
  /** What the other agent stored since the form opened */
  theirs: unknown;
  /** What this agent is about to send */
  mine: unknown;
}

export interface ConflictCheck {
  /** Whether anyone stored the record since the form opened */
  changedSinceOpened: boolean;
  /** Fields this agent edited that another agent also changed, to a different value: nothing may be sent for these unseen */
  collisions: Collision[];
  /** Fields only the other agent changed: the form takes their values in */
  takenIn: CallFieldName[];
}

/**
 * What another agent's save means for this agent's changes: `opened` is the
 * record the form started from, `fresh` the one Zendesk holds now, `changes`
 * what this agent is about to PATCH. An unchanged `updated_at` means nobody
 * stored anything in between, so nothing is compared.
 */
export function findConflicts(
  opened: CallRecord,
  fresh: CallRecord,
  changes: Readonly<Record<string, unknown>>,
): ConflictCheck {
  if (opened.updated_at === fresh.updated_at) return { changedSinceOpened: false, collisions: [], takenIn: [] };
  const collisions: Collision[] = [];
  const takenIn: CallFieldName[] = [];
  for (const field of CALL_FIELD_NAMES) {
    // Two values are the same when Zendesk would count the one as keeping the other.
    const theirsChanged = !isKept(field, opened[field], fresh[field]);
    if (!theirsChanged) continue;
    if (!Object.hasOwn(changes, field)) {
      takenIn.push(field);
      continue;
    }
    const mine = changes[field];
    // The other agent stored what this one is about to send: nothing is lost either way.
    if (!isKept(field, mine, fresh[field])) collisions.push({ field, theirs: fresh[field] ?? null, mine });
  }
  return { changedSinceOpened: true, collisions, takenIn };
}
