import fc from 'fast-check';
import { CALL_FIELDS, CALL_FIELD_NAMES, READ_ONLY_FIELDS } from '../fields';
import type { CallFieldName } from '../fields';

/** Every property runs at least this many generated cases; fast-check prints the seed and path of a failure. */
export const RUNS = { numRuns: 1000 } as const;

export const e164 = fc
  .tuple(fc.integer({ min: 1, max: 9 }), fc.stringMatching(/^\d{6,13}$/))
  .map(([first, rest]) => `+${String(first)}${rest}`);

export const instant = fc
  .date({ min: new Date('2000-01-01T00:00:00Z'), max: new Date('2024-12-31T23:59:59Z'), noInvalidDate: true })
  .map((date) => date.toISOString());

/** A value the API accepts for the field (write side). */
export function writeValue(name: CallFieldName): fc.Arbitrary<unknown> {
  const type = CALL_FIELDS[name].type;
  switch (type.kind) {
    case 'phone':
      return e164;
    case 'text':
    case 'longText':
      return fc.string();
    case 'timestamp':
      return instant;
    case 'duration':
    case 'count':
      return fc.nat({ max: 86_400 });
    case 'id':
      return fc.integer({ min: 1, max: Number.MAX_SAFE_INTEGER });
    case 'flag':
      return fc.boolean();
    case 'url':
      return fc.webUrl({ validSchemes: ['https', 'http'] });
    case 'enum':
      return fc.constantFrom(...('values' in type ? type.values : ['']));
  }
}

/** A value as Zendesk may answer it (read side): null, or a value of the field's JSON type. */
export function readValue(name: CallFieldName): fc.Arbitrary<unknown> {
  const kind = CALL_FIELDS[name].type.kind;
  const value: fc.Arbitrary<unknown> =
    kind === 'flag' ? fc.boolean() : ['duration', 'count', 'id'].includes(kind) ? fc.integer() : fc.string();
  return fc.option(value, { nil: null });
}

const KNOWN = new Set<string>([...CALL_FIELD_NAMES, ...READ_ONLY_FIELDS]);

/** Keys Zendesk may add one day, none of them a field the app knows. */
export const unknownKey = fc
  .stringMatching(/^[a-z][a-z0-9_]{0,20}$/)
  .filter((key) => !KNOWN.has(key) && key !== '__proto__');

export const someFields = fc.subarray([...CALL_FIELD_NAMES]);
