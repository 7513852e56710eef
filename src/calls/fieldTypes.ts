import * as z from 'zod/mini';

/**
 * What a call field holds, once: how the API returns it (read), what the API
 * accepts (write), and so which input the forms show.
 *
 * Write schemas carry translation keys as their error messages, so the UI can
 * show them in the agent's language.
 */
export type FieldKind =
  'phone' | 'text' | 'longText' | 'timestamp' | 'duration' | 'count' | 'id' | 'flag' | 'url' | 'enum';

const nullableString = z.optional(z.nullable(z.string()));
const nullableNumber = z.optional(z.nullable(z.number()));

function define<Kind extends FieldKind, Read extends z.ZodMiniType, Write extends z.ZodMiniType>(
  kind: Kind,
  read: Read,
  write: Write,
) {
  return { kind, read, write };
}

export const phone = define('phone', nullableString, z.e164({ error: 'errors.phone' }));
export const text = define('text', nullableString, z.string({ error: 'errors.text' }));
export const longText = define('longText', nullableString, z.string({ error: 'errors.text' }));
/** ISO 8601 with an offset: Z, +01, +0100 or +01:00 (Zendesk accepted "2022-01-27T15:31:40+01"). */
const ISO_WITH_OFFSET = /^(\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(?::\d{2}(?:\.\d{1,9})?)?)(Z|[+-]\d{2}(?::?\d{2})?)$/;

function isRealInstant(value: string): boolean {
  const match = ISO_WITH_OFFSET.exec(value);
  if (match === null) return false;
  const [, local = '', offset = ''] = match;
  const digits = offset.slice(1).replace(':', '');
  const time = new Date(
    offset === 'Z' ? `${local}Z` : `${local}${offset.charAt(0)}${digits.slice(0, 2)}:${digits.slice(2) || '00'}`,
  );
  // Date rolls 2024-02-30 over to 1 March: the day must survive the round trip.
  const day = local.slice(0, 10);
  return !Number.isNaN(time.getTime()) && new Date(`${day}T00:00:00Z`).toISOString().startsWith(day);
}

export const timestamp = define(
  'timestamp',
  nullableString,
  z.string({ error: 'errors.timestamp' }).check(z.refine(isRealInstant, { error: 'errors.timestamp' })),
);
export const duration = define(
  'duration',
  nullableNumber,
  z.int({ error: 'errors.duration' }).check(z.nonnegative({ error: 'errors.duration' })),
);
export const count = define(
  'count',
  nullableNumber,
  z.int({ error: 'errors.count' }).check(z.nonnegative({ error: 'errors.count' })),
);
export const id = define('id', nullableNumber, z.int({ error: 'errors.id' }).check(z.positive({ error: 'errors.id' })));
export const flag = define('flag', z.optional(z.nullable(z.boolean())), z.boolean({ error: 'errors.flag' }));
export const url = define('url', nullableString, z.httpUrl({ error: 'errors.url' }));

/** An enum is read as any string (Zendesk may add values) but written from the known list only. */
export function oneOf<const Values extends readonly [string, ...string[]]>(values: Values) {
  return { ...define('enum', nullableString, z.enum(values, { error: 'errors.enum' })), values };
}

/** The common shape of the types above; the catalogue keeps each field's precise one. */
export interface FieldType {
  kind: FieldKind;
  read: z.ZodMiniType;
  write: z.ZodMiniType;
  values?: readonly string[];
}
