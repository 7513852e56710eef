import { CALL_FIELD_NAMES } from './fields';
import type { CallFieldName } from './fields';
import { isRecord } from '../lib/isRecord';

/** "call_started_at" → "Call started at": how Zendesk's English messages name a field. */
function zendeskLabel(name: string): string {
  const words = name.replace(/_/g, ' ');
  return words.charAt(0).toUpperCase() + words.slice(1);
}

// Longest first, so "Callback number" wins over "Callback".
const LABELS = CALL_FIELD_NAMES.map((name) => ({ name, label: zendeskLabel(name).toLowerCase() })).sort(
  (a, b) => b.label.length - a.label.length,
);

/** The field a message names by its label at the start ("From line: ist ungültig"), or null. */
export function fieldOfMessage(message: string): CallFieldName | null {
  const lower = message.trimStart().toLowerCase();
  const found = LABELS.find(({ label }) => lower.startsWith(label) && /^[\s:]/.test(lower.slice(label.length)));
  return found?.name ?? null;
}

function messagesOf(entries: unknown): string[] {
  const list = Array.isArray(entries) ? entries : [entries];
  return list
    .map((entry) =>
      isRecord(entry) && typeof entry.description === 'string'
        ? entry.description
        : typeof entry === 'string'
          ? entry
          : null,
    )
    .filter((message): message is string => message !== null && message.trim() !== '');
}

export interface InvalidDetails {
  /** Messages by the field they belong to, as Zendesk wrote them (perhaps localized) */
  fields: Record<string, string[]>;
  /** Messages about the whole record (details under `base` that name no field) */
  base: string[];
}

/**
 * A 422's details: {"field": [{"description": "..."}]} → {"field": ["..."]}.
 * Messages under `base` go to the field their label names, else to the form;
 * without details, a description that starts with a label goes to that field.
 */
export function invalidDetailsOf(body: unknown, description: string | null): InvalidDetails {
  const fields: Record<string, string[]> = {};
  const base: string[] = [];
  const details = isRecord(body) && isRecord(body.details) ? body.details : {};
  for (const [key, entries] of Object.entries(details)) {
    for (const message of messagesOf(entries)) {
      const field = key === 'base' ? fieldOfMessage(message) : key;
      if (field === null) base.push(message);
      else (fields[field] ??= []).push(message);
    }
  }
  if (Object.keys(details).length === 0 && description !== null) {
    const field = fieldOfMessage(description);
    if (field !== null) fields[field] = [description];
  }
  return { fields, base };
}
