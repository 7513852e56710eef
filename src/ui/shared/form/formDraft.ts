import * as z from 'zod/mini';
import { callFieldNameSchema } from '../../../calls/writeSchema';
import type { CallFieldName } from '../../../calls/fields';
import type { CallFormValues } from '../../../calls/form/values';
import { commentValuesSchema } from './formModel';
import type { CallFormShape } from './formModel';

/** A saved draft as it is read back; each call value is checked against its field's type after this. */
export const formDraftSchema = z.object({
  savedAt: z.number(),
  call: z.partialRecord(callFieldNameSchema, z.union([z.string(), z.boolean()])),
  comment: z.nullable(commentValuesSchema),
  /** The create's own id, made once per draft: a lost answer is found again by it, after a retry or a reload */
  externalId: z.optional(z.string().check(z.minLength(1))),
  /** When a create of this draft was last sent with no answer known yet (Date.now()) */
  sentAt: z.optional(z.number()),
});

/** A draft holds only what the agent changed, so restoring it never resends values someone else has since changed. */
export type FormDraft = Omit<z.output<typeof formDraftSchema>, 'call'> & { call: Partial<CallFormValues> };

function sameComment(a: CallFormShape['comment'], b: CallFormShape['comment']): boolean {
  return (
    a.add === b.add &&
    a.title === b.title &&
    a.fields.length === b.fields.length &&
    a.fields.every((name) => b.fields.includes(name))
  );
}

export function draftOf(
  current: CallFormShape,
  edited: ReadonlySet<CallFieldName>,
  initialComment: CallFormShape['comment'],
  now: number,
): FormDraft | null {
  const call: Partial<Record<CallFieldName, string | boolean>> = {};
  for (const name of edited) call[name] = current.call[name];
  const comment = sameComment(current.comment, initialComment) ? null : current.comment;
  if (edited.size === 0 && comment === null) return null;
  return { savedAt: now, call: call as Partial<CallFormValues>, comment };
}
