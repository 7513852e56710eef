import { describe, expect, it } from 'vitest';
import * as app from '../../src/calls/fields';
import type { FieldKind as AppKind } from '../../src/calls/fieldTypes';
import { CALL_FIELDS, MANDATORY_FIELDS } from './callFields';
import type { FieldKind } from './callFields';

// The sandbox checks values as the API does; the app's kinds also say which input to show.
const API_KIND: Record<AppKind, FieldKind> = {
  phone: 'text',
  text: 'text',
  longText: 'text',
  url: 'text',
  timestamp: 'timestamp',
  duration: 'seconds',
  count: 'count',
  id: 'id',
  flag: 'flag',
  enum: 'enum',
};

describe('the sandbox’s call fields and the app’s', () => {
  it('name the same writable fields', () => {
    expect(Object.keys(CALL_FIELDS).sort()).toEqual([...app.CALL_FIELD_NAMES].sort());
  });

  it('give each field the same kind of value, and an enum the same values', () => {
    const appSide = Object.fromEntries(
      app.CALL_FIELD_NAMES.map((name) => {
        const { type } = app.CALL_FIELDS[name];
        return [name, { kind: API_KIND[type.kind], values: 'values' in type ? [...type.values] : undefined }];
      }),
    );
    const sandboxSide = Object.fromEntries(
      Object.entries(CALL_FIELDS).map(([name, spec]) => [
        name,
        { kind: spec.kind, values: spec.values === undefined ? undefined : [...spec.values] },
      ]),
    );
    expect(sandboxSide).toEqual(appSide);
  });

  it('require the same fields on create (the app fills app_id itself)', () => {
    expect([...MANDATORY_FIELDS].sort()).toEqual(['app_id', ...app.MANDATORY_FIELDS].sort());
  });
});
