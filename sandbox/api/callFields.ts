// The TPE call object's fields as ZENDESK-FACTS.md §1 lists them, with the
// kind of value each takes: the single source for validation and responses.

export type FieldKind = 'id' | 'text' | 'timestamp' | 'seconds' | 'count' | 'flag' | 'enum';

export interface FieldSpec {
  kind: FieldKind;
  /** Allowed values of an enum field. */
  values?: readonly string[];
}

export const DIRECTIONS = ['inbound', 'outbound'] as const;
export const COMPLETION_STATUSES = [
  'completed',
  'abandoned_in_queue',
  'abandoned_in_ivr',
  'abandoned_in_voicemail',
  'abandoned_on_hold',
] as const;
export const RECORDING_CONSENTS = ['always', 'opt_in', 'opt_out', 'never'] as const;
/** The documented values; Zendesk's docs allow no others. */
export const CALLBACK_SOURCES = ['queue', 'web widget'] as const;

const id: FieldSpec = { kind: 'id' };
const text: FieldSpec = { kind: 'text' };
const timestamp: FieldSpec = { kind: 'timestamp' };
const seconds: FieldSpec = { kind: 'seconds' };
const count: FieldSpec = { kind: 'count' };
const flag: FieldSpec = { kind: 'flag' };

/** Writable call fields as the real API answered them in 2024, in the order responses list them. */
export const CALL_FIELDS_2024: Readonly<Record<string, FieldSpec>> = {
  ticket_id: id,
  agent_id: id,
  end_user_id: id,
  // Null in every recorded real answer; present all the same.
  organization_id: id,
  brand_id: id,
  external_id: text,
  from_line: text,
  from_line_nickname: text,
  to_line: text,
  to_line_nickname: text,
  dnis: text,
  phone_name: text,
  end_user_location: text,
  call_started_at: timestamp,
  call_ended_at: timestamp,
  duration: seconds,
  talk_time: seconds,
  hold_time: seconds,
  wrap_up_time: seconds,
  wait_time: seconds,
  time_to_answer: seconds,
  queue_time: seconds,
  consultation_time: seconds,
  ivr_time_spent: seconds,
  recording_time: seconds,
  not_recording_time: seconds,
  ivr_hops: count,
  call_abandoned_position: count,
  recording_control_interactions: count,
  callback: flag,
  exceeded_queue_time: flag,
  customer_requested_voicemail: flag,
  voicemail: flag,
  outside_business_hours: flag,
  overflowed: flag,
  direction: { kind: 'enum', values: DIRECTIONS },
  call_type: text,
  completion_status: { kind: 'enum', values: COMPLETION_STATUSES },
  call_disposition: text,
  callback_source: { kind: 'enum', values: CALLBACK_SOURCES },
  callback_number: text,
  queue_name: text,
  ivr_action: text,
  ivr_routed_to: text,
  ivr_destination_group_name: text,
  overflowed_to: text,
  recording_url: text,
  transcript: text,
  call_recording_consent_action: text,
};

/**
 * Newer fields from Zendesk's current schema: absent from every recorded 2024
 * answer. Accepted here unless the sandbox is strict.
 */
export const NEWER_CALL_FIELDS: Readonly<Record<string, FieldSpec>> = {
  call_recording_consent: { kind: 'enum', values: RECORDING_CONSENTS },
  call_recording_consent_keypress: text,
  connection_attempts: count,
  number_of_holds: count,
  longest_hold_time: seconds,
  disconnection_reason: text,
  language: text,
  line_type: text,
  recorded: flag,
  summary: text,
  short_summary: text,
  call_connected_at: timestamp,
};

/** Every call field the lenient sandbox stores and answers. */
export const CALL_FIELDS: Readonly<Record<string, FieldSpec>> = { ...CALL_FIELDS_2024, ...NEWER_CALL_FIELDS };

export const CALL_FIELD_NAMES: readonly string[] = Object.keys(CALL_FIELDS);
export const CALL_FIELD_NAMES_2024: readonly string[] = Object.keys(CALL_FIELDS_2024);

/** The fields a create or update may store: the 2024 list when strict, else every known one. */
export function writableFields(strict: boolean): Readonly<Record<string, FieldSpec>> {
  return strict ? CALL_FIELDS_2024 : CALL_FIELDS;
}

/** Must be present (and not blank) on create, and cannot be blanked later. */
export const MANDATORY_FIELDS = ['app_id', 'from_line', 'to_line', 'call_started_at', 'direction'] as const;

/** Set by the server; ignored when a client sends them. */
export const READ_ONLY_FIELDS = ['id', 'account_id', 'created_at', 'updated_at'] as const;

export function isCallField(name: string): boolean {
  return Object.hasOwn(CALL_FIELDS, name);
}

/** "call_started_at" → "Call started at", as Zendesk's messages name fields. */
export function fieldLabel(name: string): string {
  const words = name.replace(/_/g, ' ');
  return words.charAt(0).toUpperCase() + words.slice(1);
}
