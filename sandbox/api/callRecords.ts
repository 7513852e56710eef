// Call records as stored and as the API answers them (every field, null when unset).

import type { CallRecord } from '../shared/types.ts';
import { CALL_FIELD_NAMES, CALL_FIELD_NAMES_2024 } from './callFields.ts';
import type { SandboxStore } from './store.ts';

/** A new record from validated create values: server-set fields filled, the rest null. */
export function newCallRecord(store: SandboxStore, values: CallRecord): CallRecord {
  const now = store.timestamp();
  const record: CallRecord = {
    id: store.allocateId(),
    account_id: store.state.accountId,
    app_id: values.app_id ?? null,
  };
  for (const name of CALL_FIELD_NAMES) record[name] = values[name] ?? null;
  record.created_at = now;
  record.updated_at = now;
  return record;
}

/**
 * The record as JSON, keys in a stable order, every known field present.
 * Strict: only the 2024 fields, as the real answers then had no others.
 */
export function toApiCall(record: CallRecord, strict = false): CallRecord {
  const shown: CallRecord = {
    id: record.id ?? null,
    account_id: record.account_id ?? null,
    app_id: record.app_id ?? null,
  };
  for (const name of strict ? CALL_FIELD_NAMES_2024 : CALL_FIELD_NAMES) shown[name] = record[name] ?? null;
  shown.created_at = record.created_at ?? null;
  shown.updated_at = record.updated_at ?? null;
  return shown;
}

/** Applies changed values; true when anything changed. */
export function applyCallChanges(record: CallRecord, values: CallRecord): boolean {
  let changed = false;
  for (const [name, value] of Object.entries(values)) {
    if (record[name] !== value) {
      record[name] = value;
      changed = true;
    }
  }
  return changed;
}
