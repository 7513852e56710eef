import { CALL_FIELDS, CALL_FIELD_NAMES } from '../fields';
import type { CallFieldName, CallFields } from '../fields';
import { durationToInput } from '../input/duration';
import { toZonedLocal } from '../input/time';
import type { CallRecord } from '../schema';

/** What the forms hold for each field: a checkbox for flags, the typed text for everything else. */
export type CallFormValues = {
  [Name in CallFieldName]: CallFields[Name]['type']['kind'] extends 'flag' ? boolean : string;
};

export function emptyCallFormValues(): CallFormValues {
  return Object.fromEntries(
    CALL_FIELD_NAMES.map((name) => [name, CALL_FIELDS[name].type.kind === 'flag' ? false : '']),
  ) as CallFormValues;
}

/** A stored value as the agent would type it, in the agent's time zone. */
function toInputText(name: CallFieldName, value: unknown, timeZone: string): string {
  if (value === null || value === undefined) return '';
  switch (CALL_FIELDS[name].type.kind) {
    case 'timestamp':
      return typeof value === 'string' ? toZonedLocal(value, timeZone) : '';
    case 'duration':
      return typeof value === 'number' ? durationToInput(value) : '';
    default:
      return typeof value === 'string' || typeof value === 'number' ? String(value) : '';
  }
}

/** A stored record as form values, for the update form. */
export function recordToFormValues(record: CallRecord, timeZone: string): CallFormValues {
  const values: Record<string, string | boolean> = {};
  for (const name of CALL_FIELD_NAMES) {
    const value = record[name];
    values[name] = CALL_FIELDS[name].type.kind === 'flag' ? value === true : toInputText(name, value, timeZone);
  }
  return values as CallFormValues;
}
