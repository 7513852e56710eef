import type { UseFormReturn } from 'react-hook-form';
import * as z from 'zod/mini';
import { CALL_FIELD_NAMES } from '../../../calls/fields';
import { callFieldNameSchema } from '../../../calls/writeSchema';
import type { CallFieldName } from '../../../calls/fields';
import { callFieldsSchema } from '../../../calls/form/schema';
import type { FormContext } from '../../../calls/form/schema';
import type { CallFormValues } from '../../../calls/form/values';

/** What both call forms hold: the call's fields, and the voice comment to add with them. */
export interface CallFormShape {
  call: CallFormValues;
  comment: {
    /** Always true when logging a call: its comment is how the ticket finds it again */
    add: boolean;
    title: string;
    fields: CallFieldName[];
  };
}

/** The voice comment as the form holds it; a draft keeps it so, finished or not. */
export const commentValuesSchema = z.object({
  add: z.boolean(),
  title: z.string(),
  fields: z.array(callFieldNameSchema),
});

const commentSchema = commentValuesSchema.check(
  z.refine((comment) => !comment.add || comment.title.trim() !== '', { error: 'errors.required', path: ['title'] }),
);

/**
 * The forms' schema: text in, the API's values out. On create an empty field
 * is not sent; on update it clears the stored value.
 */
export function callFormSchema(context: FormContext, mode: 'create' | 'update') {
  return z.object({
    call: callFieldsSchema(context, mode === 'create' ? undefined : null),
    comment: commentSchema,
  });
}

/** What a valid form parses into: the API's values (or undefined/null for empty fields) and the comment. */
export type ParsedCallForm = z.output<ReturnType<typeof callFormSchema>>;

/** react-hook-form's handle on a call form */
export type CallFormApi = UseFormReturn<CallFormShape, unknown, ParsedCallForm>;

/**
 * The call fields whose input differs from what the form started with (or
 * was last reset to): react-hook-form's own dirty state, what the agent edited.
 */
export function editedCallFields(form: Pick<CallFormApi, 'getFieldState'>): Set<CallFieldName> {
  return new Set(CALL_FIELD_NAMES.filter((name) => form.getFieldState(`call.${name}`).isDirty));
}

// The schema reads exactly the forms' values: checked by the compiler, once.
type Expect<Condition extends true> = Condition;
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
export type SchemaReadsTheForm = Expect<Same<z.input<ReturnType<typeof callFormSchema>>, CallFormShape>>;
