import * as z from 'zod/mini';
import { CALL_FIELDS, CALL_FIELD_NAMES, MANDATORY_FIELDS } from '../fields';
import type { CallFieldName, CallFields } from '../fields';
import type { FieldKind } from '../fieldTypes';
import { parseDuration } from '../input/duration';
import { possibleCall, writeSchemaOf } from '../writeSchema';
import { phoneErrorKey } from '../input/phone';
import type { PhoneNormaliser } from '../input/phone';
import { zonedLocalToIso } from '../input/time';

export interface FormContext {
  /** The agent's IANA time zone, in which date-time inputs are read */
  timeZone: string;
  normalisePhone: PhoneNormaliser;
}

type Parsed = { value: unknown } | { error: string };

const WHOLE_NUMBER = /^\d+$/;

/** What the agent typed, turned into what the API would take; text that cannot be turned stays text and fails below. */
function toApiValue(kind: Exclude<FieldKind, 'flag'>, text: string, context: FormContext): unknown {
  const trimmed = text.trim();
  switch (kind) {
    case 'phone':
      // Only what the normaliser accepts: "+1 555 555 5555" looks like E.164 but is no valid number.
      return context.normalisePhone(text);
    case 'timestamp':
      return zonedLocalToIso(text, context.timeZone) ?? trimmed;
    case 'duration':
      return parseDuration(text) ?? trimmed;
    case 'count':
    case 'id':
      return WHOLE_NUMBER.test(trimmed) ? Number(trimmed) : trimmed;
    case 'longText':
      return text;
    case 'url':
    case 'text':
    case 'enum':
      return trimmed;
  }
}

/**
 * Parses the text of one input into the value the API takes, checked by the
 * field's own write schema, or the translation key of what is wrong.
 */
export function parseFieldText(name: CallFieldName, text: string, context: FormContext): Parsed {
  const { kind } = CALL_FIELDS[name].type;
  const write = writeSchemaOf(name);
  // Flags are checkboxes, never typed text.
  if (kind === 'flag') return { error: 'errors.flag' };
  const result = write.safeParse(toApiValue(kind, text, context));
  if (result.success) return { value: result.data };
  // A refused number says why: an extension, or a national number of another country.
  return { error: kind === 'phone' ? phoneErrorKey(text) : (result.error.issues[0]?.message ?? 'errors.text') };
}

const flagInput = () => z.boolean();

/**
 * One field's input as a zod schema: its text in, the API's value out. An
 * empty input gives `empty` (undefined on create: not sent; null on update:
 * cleared), or a "required" error for the mandatory fields.
 */
function textInput(name: CallFieldName, required: boolean, context: FormContext, empty: null | undefined) {
  return z.pipe(
    z.string(),
    z.transform((text, payload) => {
      if (text.trim() === '') {
        if (!required) return empty;
        payload.issues.push({ code: 'custom', message: 'errors.required', input: text });
        return z.NEVER;
      }
      const parsed = parseFieldText(name, text, context);
      if ('error' in parsed) {
        payload.issues.push({ code: 'custom', message: parsed.error, input: text });
        return z.NEVER;
      }
      return parsed.value;
    }),
  );
}

type CallFieldsShape = {
  [Name in CallFieldName]: CallFields[Name]['type']['kind'] extends 'flag'
    ? ReturnType<typeof flagInput>
    : ReturnType<typeof textInput>;
};

/** All call fields of a form, built from the catalogue; the cast restores each entry's own type. */
export function callFieldsSchema(context: FormContext, empty: null | undefined) {
  const required = new Set<string>(MANDATORY_FIELDS);
  const shape = Object.fromEntries(
    CALL_FIELD_NAMES.map((name) => {
      const { kind } = CALL_FIELDS[name].type;
      return [name, kind === 'flag' ? flagInput() : textInput(name, required.has(name), context, empty)];
    }),
  ) as CallFieldsShape;
  // The fields together: an end before the start, hold and talk longer than the call, and so on.
  return z.object(shape).check(possibleCall());
}
