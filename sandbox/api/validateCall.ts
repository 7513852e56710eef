// Validates the `call` object of a create or update like the TPE API answers:
// per-field details in a 422 RecordInvalid body.

import type { CallRecord, CallValue } from '../shared/types.ts';
import { MANDATORY_FIELDS, READ_ONLY_FIELDS, fieldLabel, writableFields, type FieldSpec } from './callFields.ts';
import { toUtcTimestamp } from './timestamps.ts';

export interface FieldError {
  description: string;
  error: string;
}

export type ErrorDetails = Record<string, FieldError[]>;

export type CallValidation =
  { ok: true; values: CallRecord; removedKeys: string[] } | { ok: false; details: ErrorDetails };

export interface CallValidationContext {
  mode: 'create' | 'update';
  ticketExists: (ticketId: number) => boolean;
  /** Only the 2024 fields are stored; the others are removed before validation, as Zendesk does. */
  strict?: boolean;
}

const IGNORED_KEYS: ReadonlySet<string> = new Set([...READ_ONLY_FIELDS, 'app_id']);

/**
 * Keys of `input` the API will not store, in the order sent. Read-only keys
 * (and app_id) are ignored quietly; unknown keys, and the newer fields when
 * strict, are removed with a warning header.
 */
export function removedKeys(input: Record<string, unknown>, strict: boolean): string[] {
  const fields = writableFields(strict);
  return Object.keys(input).filter((name) => !IGNORED_KEYS.has(name) && !Object.hasOwn(fields, name));
}

type Checked = { value: CallValue } | { error: FieldError };

const MANDATORY: ReadonlySet<string> = new Set(MANDATORY_FIELDS);

function blank(name: string): { error: FieldError } {
  return { error: { description: `${fieldLabel(name)} cannot be blank`, error: 'BlankValue' } };
}

function invalid(name: string, why: string, error = 'InvalidValue'): { error: FieldError } {
  return { error: { description: `${fieldLabel(name)} ${why}`, error } };
}

function isBlank(raw: unknown): boolean {
  return raw === null || (typeof raw === 'string' && raw.trim() === '');
}

function checkNumber(name: string, raw: unknown, minimum: number): Checked {
  if (typeof raw !== 'number' || !Number.isInteger(raw) || !Number.isSafeInteger(raw)) {
    return invalid(name, 'must be an integer', 'NotAnInteger');
  }
  if (raw < minimum) {
    return minimum === 0
      ? invalid(name, 'must be greater than or equal to 0', 'GreaterThanOrEqualTo')
      : invalid(name, 'must be greater than 0', 'GreaterThan');
  }
  return { value: raw };
}

/** Checks one present, non-blank value against its field's kind. */
function checkValue(name: string, spec: FieldSpec, raw: unknown): Checked {
  switch (spec.kind) {
    case 'id':
      return checkNumber(name, raw, 1);
    case 'seconds':
    case 'count':
      return checkNumber(name, raw, 0);
    case 'flag':
      return typeof raw === 'boolean' ? { value: raw } : invalid(name, 'must be true or false');
    case 'text':
      return typeof raw === 'string' ? { value: raw } : invalid(name, 'must be a string');
    case 'timestamp': {
      const utc = typeof raw === 'string' ? toUtcTimestamp(raw) : null;
      return utc === null ? invalid(name, 'must be an ISO 8601 date and time with an offset') : { value: utc };
    }
    case 'enum':
      return typeof raw === 'string' && (spec.values ?? []).includes(raw)
        ? { value: raw }
        : invalid(name, `is not included in the list (${(spec.values ?? []).join(', ')})`);
  }
}

function checkField(name: string, spec: FieldSpec, raw: unknown): Checked {
  if (isBlank(raw)) {
    if (MANDATORY.has(name)) return blank(name);
    // Blank text stays as sent; a blank time, number or choice means "unset".
    return { value: spec.kind === 'text' && typeof raw === 'string' ? raw : null };
  }
  return checkValue(name, spec, raw);
}

/**
 * Returns the normalised values of the writable fields present in `input`
 * (timestamps in UTC), or every problem found. Read-only and unknown keys are
 * ignored, as is `app_id` on update (read-only after create).
 */
export function validateCall(input: Record<string, unknown>, context: CallValidationContext): CallValidation {
  const details: ErrorDetails = {};
  const values: CallRecord = {};
  const report = (name: string, error: FieldError) => {
    (details[name] ??= []).push(error);
  };

  if (context.mode === 'create') {
    const appId = Object.hasOwn(input, 'app_id') && !isBlank(input.app_id) ? input.app_id : undefined;
    if (appId === undefined) report('app_id', blank('app_id').error);
    else {
      const checked = checkNumber('app_id', appId, 1);
      if ('error' in checked) report('app_id', checked.error);
      else values.app_id = checked.value;
    }
    for (const name of MANDATORY_FIELDS) {
      if (name !== 'app_id' && !Object.hasOwn(input, name)) report(name, blank(name).error);
    }
  }

  for (const [name, spec] of Object.entries(writableFields(context.strict ?? false))) {
    if (!Object.hasOwn(input, name)) continue;
    const checked = checkField(name, spec, input[name]);
    if ('error' in checked) report(name, checked.error);
    else values[name] = checked.value;
  }

  const ticketId = values.ticket_id;
  if (typeof ticketId === 'number' && !context.ticketExists(ticketId)) {
    report('ticket_id', { description: `Ticket ${ticketId} does not exist`, error: 'InvalidValue' });
  }

  return Object.keys(details).length > 0
    ? { ok: false, details }
    : { ok: true, values, removedKeys: removedKeys(input, context.strict ?? false) };
}
