import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { impossibleValues } from '../consistency';
import { CALL_FIELD_NAMES, MANDATORY_FIELDS } from '../fields';
import { callEnvelopeSchema, callRecordSchema, ticketCommentsPageSchema } from '../schema';
import { callCreateSchema, callUpdateSchema, voiceCommentInputSchema } from '../writeSchema';
import { RUNS, readValue, someFields, unknownKey, writeValue } from './arbitraries';

const record = fc.record(Object.fromEntries(CALL_FIELD_NAMES.map((name) => [name, readValue(name)])));
const extras = fc.dictionary(unknownKey, fc.jsonValue(), { maxKeys: 5 });

function writeBody(names: readonly string[]) {
  return fc.record(Object.fromEntries(names.map((name) => [name, writeValue(name as never)])));
}

describe('the response schema', { timeout: 30_000 }, () => {
  it('parses any record Zendesk may answer and keeps every key it does not know, as it came', () => {
    fc.assert(
      fc.property(fc.integer(), record, extras, (id, fields, unknown) => {
        const answer = { ...fields, ...unknown, id };
        const parsed = callEnvelopeSchema.safeParse({ call: answer });
        expect(parsed.success).toBe(true);
        for (const [key, value] of Object.entries(unknown)) expect(parsed.data?.call[key]).toEqual(value);
      }),
      RUNS,
    );
  });

  it('never throws on anything at all: it answers success or failure', () => {
    fc.assert(
      fc.property(fc.anything(), (body) => {
        expect(typeof callRecordSchema.safeParse(body).success).toBe('boolean');
        expect(typeof ticketCommentsPageSchema.safeParse(body).success).toBe('boolean');
      }),
      RUNS,
    );
  });

  it('refuses a record whose id is not a number', () => {
    fc.assert(
      fc.property(
        fc.anything().filter((id) => typeof id !== 'number'),
        (id) => {
          expect(callRecordSchema.safeParse({ id }).success).toBe(false);
        },
      ),
      RUNS,
    );
  });
});

describe('the write schemas', { timeout: 30_000 }, () => {
  it('accept an update of well-typed values exactly when no value is impossible for a call', () => {
    fc.assert(
      fc.property(
        someFields.chain((names) => writeBody(names)),
        (body) => {
          expect(callUpdateSchema.safeParse(body).success).toBe(impossibleValues(body).length === 0);
        },
      ),
      RUNS,
    );
  });

  it('accept null for any field of an update (it clears the field)', () => {
    fc.assert(
      fc.property(someFields, (names) => {
        expect(callUpdateSchema.safeParse(Object.fromEntries(names.map((name) => [name, null]))).success).toBe(true);
      }),
      RUNS,
    );
  });

  it('refuse an unknown key in a create, an update and a voice comment', () => {
    fc.assert(
      fc.property(unknownKey, fc.jsonValue(), (key, value) => {
        expect(callUpdateSchema.safeParse({ [key]: value }).success).toBe(false);
        expect(voiceCommentInputSchema.safeParse({ [key]: value }).success).toBe(false);
        const create = { app_id: 1, direction: 'inbound', from_line: '+14155550123', to_line: '+14155550100' };
        expect(
          callCreateSchema.safeParse({ ...create, call_started_at: '2024-01-01T00:00:00Z', [key]: value }).success,
        ).toBe(false);
      }),
      RUNS,
    );
  });

  it('refuse a create without any one of its mandatory fields', () => {
    fc.assert(
      fc.property(writeBody(MANDATORY_FIELDS), fc.constantFrom(...MANDATORY_FIELDS), (body, left) => {
        const complete = { ...body, app_id: 1 };
        expect(callCreateSchema.safeParse(complete).success).toBe(true);
        const rest = Object.fromEntries(Object.entries(complete).filter(([name]) => name !== left));
        expect(callCreateSchema.safeParse(rest).success).toBe(false);
      }),
      RUNS,
    );
  });

  it('accept a voice comment with any non-blank title and any choice of fields', () => {
    fc.assert(
      fc.property(
        fc.string().filter((title) => title.trim() !== ''),
        someFields,
        (title, fields) => {
          expect(voiceCommentInputSchema.safeParse({ title, call_fields: fields }).success).toBe(true);
        },
      ),
      RUNS,
    );
  });
});
