import type * as z from 'zod/mini';
import { count, duration, flag, id, longText, oneOf, phone, text, timestamp, url } from './fieldTypes';
import type { FieldType } from './fieldTypes';

export const DIRECTIONS = ['inbound', 'outbound'] as const;
export const COMPLETION_STATUSES = [
  'completed',
  'abandoned_in_queue',
  'abandoned_in_ivr',
  'abandoned_in_voicemail',
  'abandoned_on_hold',
] as const;
export const RECORDING_CONSENTS = ['always', 'opt_in', 'opt_out', 'never'] as const;
/** The values Zendesk documents for callback_source; it allows no others. */
export const CALLBACK_SOURCES = ['queue', 'web widget'] as const;

export type Direction = (typeof DIRECTIONS)[number];

/** How the agent sees the fields: groups in this order, each folded away until wanted. */
export const FIELD_GROUPS = ['lines', 'timing', 'outcome', 'recording', 'queue', 'links'] as const;
export type FieldGroup = (typeof FIELD_GROUPS)[number];

interface FieldSpec {
  group: FieldGroup;
  type: FieldType;
}

/**
 * Every writable field of the TPE call object, as the API documents it (see
 * ZENDESK-FACTS.md), grouped for the agent. The order within a group is the
 * order the forms and the details show.
 */
export const CALL_FIELDS = {
  // The mandatory ones first (with app_id, which the app fills itself).
  direction: { group: 'lines', type: oneOf(DIRECTIONS) },
  from_line: { group: 'lines', type: phone },
  to_line: { group: 'lines', type: phone },
  call_started_at: { group: 'timing', type: timestamp },

  from_line_nickname: { group: 'lines', type: text },
  to_line_nickname: { group: 'lines', type: text },
  dnis: { group: 'lines', type: text },
  phone_name: { group: 'lines', type: text },
  line_type: { group: 'lines', type: text },
  end_user_location: { group: 'lines', type: text },
  callback_number: { group: 'lines', type: phone },

  call_connected_at: { group: 'timing', type: timestamp },
  call_ended_at: { group: 'timing', type: timestamp },
  duration: { group: 'timing', type: duration },
  talk_time: { group: 'timing', type: duration },
  hold_time: { group: 'timing', type: duration },
  number_of_holds: { group: 'timing', type: count },
  longest_hold_time: { group: 'timing', type: duration },
  wrap_up_time: { group: 'timing', type: duration },
  wait_time: { group: 'timing', type: duration },
  time_to_answer: { group: 'timing', type: duration },
  consultation_time: { group: 'timing', type: duration },

  completion_status: { group: 'outcome', type: oneOf(COMPLETION_STATUSES) },
  call_disposition: { group: 'outcome', type: text },
  disconnection_reason: { group: 'outcome', type: text },
  call_type: { group: 'outcome', type: text },
  language: { group: 'outcome', type: text },
  short_summary: { group: 'outcome', type: text },
  summary: { group: 'outcome', type: longText },
  callback: { group: 'outcome', type: flag },
  callback_source: { group: 'outcome', type: oneOf(CALLBACK_SOURCES) },
  voicemail: { group: 'outcome', type: flag },
  customer_requested_voicemail: { group: 'outcome', type: flag },
  outside_business_hours: { group: 'outcome', type: flag },
  call_abandoned_position: { group: 'outcome', type: count },
  connection_attempts: { group: 'outcome', type: count },

  recording_url: { group: 'recording', type: url },
  transcript: { group: 'recording', type: longText },
  recorded: { group: 'recording', type: flag },
  recording_time: { group: 'recording', type: duration },
  not_recording_time: { group: 'recording', type: duration },
  recording_control_interactions: { group: 'recording', type: count },
  call_recording_consent: { group: 'recording', type: oneOf(RECORDING_CONSENTS) },
  call_recording_consent_action: { group: 'recording', type: text },
  call_recording_consent_keypress: { group: 'recording', type: text },

  queue_name: { group: 'queue', type: text },
  queue_time: { group: 'queue', type: duration },
  exceeded_queue_time: { group: 'queue', type: flag },
  overflowed: { group: 'queue', type: flag },
  overflowed_to: { group: 'queue', type: text },
  ivr_action: { group: 'queue', type: text },
  ivr_hops: { group: 'queue', type: count },
  ivr_routed_to: { group: 'queue', type: text },
  ivr_destination_group_name: { group: 'queue', type: text },
  ivr_time_spent: { group: 'queue', type: duration },

  ticket_id: { group: 'links', type: id },
  agent_id: { group: 'links', type: id },
  end_user_id: { group: 'links', type: id },
  // Null in every recorded real answer; read and shown all the same.
  organization_id: { group: 'links', type: id },
  brand_id: { group: 'links', type: id },
  external_id: { group: 'links', type: text },
} as const satisfies Record<string, FieldSpec>;

export type CallFields = typeof CALL_FIELDS;
export type CallFieldName = keyof CallFields;

/** The fields a create must carry besides app_id, which comes from the app's metadata. */
export const MANDATORY_FIELDS = [
  'direction',
  'from_line',
  'to_line',
  'call_started_at',
] as const satisfies readonly CallFieldName[];

/** Fields the API sets itself; shown, never sent. */
export const READ_ONLY_FIELDS = ['id', 'app_id', 'account_id', 'created_at', 'updated_at'] as const;

export const CALL_FIELD_NAMES = Object.keys(CALL_FIELDS) as CallFieldName[];

export function isCallFieldName(name: string): name is CallFieldName {
  return Object.hasOwn(CALL_FIELDS, name);
}

export function fieldsOfGroup(group: FieldGroup): CallFieldName[] {
  return CALL_FIELD_NAMES.filter((name) => CALL_FIELDS[name].group === group);
}

/** An object shape with one schema per call field, built from the catalogue (the caller's cast restores each entry's type). */
export function fieldShape(
  pick: (type: FieldType, name: CallFieldName) => z.ZodMiniType,
): Record<CallFieldName, z.ZodMiniType> {
  return Object.fromEntries(CALL_FIELD_NAMES.map((name) => [name, pick(CALL_FIELDS[name].type, name)])) as Record<
    CallFieldName,
    z.ZodMiniType
  >;
}
