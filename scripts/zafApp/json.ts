import { scanJson } from './jsonMembers.ts';

export type JsonValue = null | boolean | number | string | JsonValue[] | JsonObject;
export interface JsonObject {
  [key: string]: JsonValue;
}

export type JsonParse = { ok: true; value: JsonValue } | { ok: false; reason: string };

/** A file that must hold one JSON object: invalid JSON, some other value, or the object with its duplicate keys. */
export type JsonObjectParse =
  | { readonly kind: 'invalid'; readonly reason: string }
  | { readonly kind: 'notObject' }
  | { readonly kind: 'object'; readonly value: JsonObject; readonly duplicateKeys: readonly string[] };

const utf8 = new TextDecoder('utf-8', { fatal: true });

/** Decodes UTF-8 strictly: Zendesk reads manifest and translations as UTF-8 text. */
export function decodeUtf8(bytes: Uint8Array): string | undefined {
  try {
    return utf8.decode(bytes);
  } catch {
    return undefined;
  }
}

function parseText(text: string | undefined): JsonParse {
  if (text === undefined) return { ok: false, reason: 'it is not UTF-8 text' };
  try {
    return { ok: true, value: JSON.parse(text) as JsonValue };
  } catch (cause) {
    return { ok: false, reason: cause instanceof Error ? cause.message : String(cause) };
  }
}

export function parseJsonBytes(bytes: Uint8Array): JsonParse {
  return parseText(decodeUtf8(bytes));
}

export function isJsonObject(value: JsonValue | undefined): value is JsonObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * Parses a file that must hold one JSON object, the way Zendesk reads manifest.json and
 * requirements.json: strict UTF-8, then JSON, then one object, with the keys it repeats.
 */
export function parseJsonObject(bytes: Uint8Array): JsonObjectParse {
  const text = decodeUtf8(bytes);
  const parsed = parseText(text);
  if (!parsed.ok) return { kind: 'invalid', reason: parsed.reason };
  if (!isJsonObject(parsed.value)) return { kind: 'notObject' };
  return { kind: 'object', value: parsed.value, duplicateKeys: scanJson(text ?? '').duplicateKeys };
}

/** Zendesk's Ruby code treats a JSON null like a missing key. */
export function isAbsent(value: JsonValue | undefined): value is null | undefined {
  return value === undefined || value === null;
}

/** Short rendering of a value for messages: `"yes"`, `3`, `an array`, `an object`. */
export function describe(value: JsonValue | undefined): string {
  if (value === undefined) return 'nothing';
  if (Array.isArray(value)) return 'an array';
  if (isJsonObject(value)) return 'an object';
  return JSON.stringify(value);
}
