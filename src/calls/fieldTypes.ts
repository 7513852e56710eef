import * as z from 'zod/mini';

/**
 * What a call field holds, once: how the API returns it (read) and so which
 * input the forms show. What the API accepts (write) is derived from the kind
 * in writeSchema.ts, which only the write paths import: the list builds no
 * write schema.
 */
export type FieldKind =
  'phone' | 'text' | 'longText' | 'timestamp' | 'duration' | 'count' | 'id' | 'flag' | 'url' | 'enum';

const nullableString = z.optional(z.nullable(z.string()));
const nullableNumber = z.optional(z.nullable(z.number()));

function define<Kind extends FieldKind, Read extends z.ZodMiniType>(kind: Kind, read: Read) {
  return { kind, read };
}

export const phone = define('phone', nullableString);
export const text = define('text', nullableString);
export const longText = define('longText', nullableString);
export const timestamp = define('timestamp', nullableString);
export const duration = define('duration', nullableNumber);
export const count = define('count', nullableNumber);
export const id = define('id', nullableNumber);
export const flag = define('flag', z.optional(z.nullable(z.boolean())));
export const url = define('url', nullableString);

/** An enum is read as any string (Zendesk may add values) but written from the known list only. */
export function oneOf<const Values extends readonly [string, ...string[]]>(values: Values) {
  return { ...define('enum', nullableString), values };
}

/** The common shape of the types above; the catalogue keeps each field's precise one. */
export interface FieldType {
  kind: FieldKind;
  read: z.ZodMiniType;
  values?: readonly string[];
}
