import { CALL_FIELD_NAMES } from '../../../calls/fields';
import type { CallFieldName } from '../../../calls/fields';
import type { CallFormValues } from '../../../calls/form/values';
import type { CallFormShape } from './formModel';

/** The call fields whose input differs from what the form started with: what the agent edited. */
export function editedFields(current: CallFormValues, initial: CallFormValues): Set<CallFieldName> {
  return new Set(CALL_FIELD_NAMES.filter((name) => current[name] !== initial[name]));
}

function sameComment(a: CallFormShape['comment'], b: CallFormShape['comment']): boolean {
  return (
    a.add === b.add &&
    a.title === b.title &&
    a.fields.length === b.fields.length &&
    a.fields.every((name) => b.fields.includes(name))
  );
}

/** A draft holds only what the agent changed, so restoring it never resends values someone else has since changed. */
export interface FormDraft {
  savedAt: number;
  call: Partial<CallFormValues>;
  comment: CallFormShape['comment'] | null;
}

export function draftOf(current: CallFormShape, initial: CallFormShape, now: number): FormDraft | null {
  const call: Partial<Record<CallFieldName, string | boolean>> = {};
  for (const name of editedFields(current.call, initial.call)) call[name] = current.call[name];
  const comment = sameComment(current.comment, initial.comment) ? null : current.comment;
  if (Object.keys(call).length === 0 && comment === null) return null;
  return { savedAt: now, call: call as Partial<CallFormValues>, comment };
}
