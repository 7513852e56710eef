import * as z from 'zod/mini';
import { CALL_FIELDS, CALL_FIELD_NAMES, MANDATORY_FIELDS } from '../fields';
import type { CallFieldName, CallFields } from '../fields';
import type { FieldKind } from '../fieldTypes';
import { parseDuration } from '../input/duration';
import type { PhoneNormaliser } from '../input/phone';
import { zonedLocalToIso } from '../input/time';

export interface FormContext {
  /** The agent's IANA time zone, in which date-time inputs are read */
  timeZone: string;
  normalisePhone: PhoneNormaliser;
}

type Parsed = { value: unknown } | { error: string };

const INTEGER = /^\d+$/;

/** Parses the text of one input into the value the API takes, or the translation key of what is wrong. */
export function parseFieldText(kind: Exclude<FieldKind, 'flag'>, text: string, context: FormContext): Parsed {
  switch (kind) {
    case 'phone': {
      const number = context.normalisePhone(text);
      return number === null ? { error: 'errors.phone' } : { value: number };
    }
    case 'timestamp': {
      const iso = zonedLocalToIso(text, context.timeZone);
      return iso === null ? { error: 'errors.timestamp' } : { value: iso };
    }
    case 'duration': {
      const seconds = parseDuration(text);
      return seconds === null ? { error: 'errors.duration' } : { value: seconds };
    }
    case 'count':
      return INTEGER.test(text.trim()) ? { value: Number(text.trim()) } : { error: 'errors.count' };
    case 'id':
      return INTEGER.test(text.trim()) && Number(text) > 0 ? { value: Number(text.trim()) } : { error: 'errors.id' };
    case 'url':
      return /^https?:\/\/\S+$/i.test(text.trim()) && URL.canParse(text.trim())
        ? { value: text.trim() }
        : { error: 'errors.url' };
    case 'longText':
      return { value: text };
    case 'text':
    case 'enum':
      return { value: text.trim() };
  }
}

const flagInput = () => z.boolean();

/**
 * One field's input as a zod schema: its text in, the API's value out. An
 * empty input gives `empty` (undefined on create: not sent; null on update:
 * cleared), or a "required" error for the mandatory fields.
 */
function textInput(kind: Exclude<FieldKind, 'flag'>, required: boolean, context: FormContext, empty: null | undefined) {
  return z.pipe(
    z.string(),
    z.transform((text, payload) => {
      if (text.trim() === '') {
        if (!required) return empty;
        payload.issues.push({ code: 'custom', message: 'errors.required', input: text });
        return z.NEVER;
      }
      const parsed = parseFieldText(kind, text, context);
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
      return [name, kind === 'flag' ? flagInput() : textInput(kind, required.has(name), context, empty)];
    }),
  ) as CallFieldsShape;
  return z.object(shape);
}
