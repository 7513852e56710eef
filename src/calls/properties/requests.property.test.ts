import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { storedCall } from '../../test/callFixtures';
import { CALL_FIELDS, CALL_FIELD_NAMES } from '../fields';
import type { CallFieldName } from '../fields';
import { buildCreateInput, buildUpdateChanges, buildVoiceComment } from '../form/bodies';
import { RUNS, e164, instant, someFields } from './arbitraries';

/** Fields no consistency rule looks at, so any well-typed value of them is a possible call. */
const FREE_FIELDS = CALL_FIELD_NAMES.filter((name) =>
  ['text', 'longText', 'enum', 'flag', 'id', 'count'].includes(CALL_FIELDS[name].type.kind),
);

function freeValue(name: CallFieldName): fc.Arbitrary<unknown> {
  const type = CALL_FIELDS[name].type;
  if (type.kind === 'enum') return fc.constantFrom(...('values' in type ? type.values : ['']));
  if (type.kind === 'flag') return fc.boolean();
  if (type.kind === 'id') return fc.integer({ min: 1, max: 2 ** 40 });
  if (type.kind === 'count') return fc.nat({ max: 1000 });
  return fc.string();
}

const freeFields = fc
  .subarray(FREE_FIELDS)
  .chain((names) => fc.record(Object.fromEntries(names.map((name) => [name, freeValue(name)]))));

const comment = fc.record({
  title: fc.string().filter((title) => title.trim() !== ''),
  fields: someFields,
  authorId: fc.option(fc.integer({ min: 1, max: 2 ** 40 }), { nil: null }),
});

describe('the request body builders', { timeout: 30_000 }, () => {
  it('put every create on the current ticket with the app id, sending no null, false or undefined value', () => {
    fc.assert(
      fc.property(
        freeFields,
        e164,
        e164,
        instant,
        fc.integer({ min: 1, max: 2 ** 31 }),
        fc.integer({ min: 1, max: 2 ** 31 }),
        comment,
        (fields, from, to, startedAt, appId, ticketId, choice) => {
          const { call, comment: built } = buildCreateInput(
            { ...fields, direction: 'inbound', from_line: from, to_line: to, call_started_at: startedAt },
            { appId, ticketId, comment: choice },
          );
          expect(call.app_id).toBe(appId);
          expect(call.ticket_id).toBe(ticketId);
          for (const value of Object.values(call)) expect([null, false, undefined]).not.toContain(value);
          expect(built?.title).toBe(choice.title.trim());
          expect(built?.call_fields).toEqual(choice.fields);
        },
      ),
      RUNS,
    );
  });

  it('send in an update only the edited fields whose value changed, exactly as typed', () => {
    fc.assert(
      fc.property(freeFields, freeFields, (stored, typed) => {
        const record = storedCall({ id: 1, ...stored });
        const edited = new Set(Object.keys(typed));
        const changes = buildUpdateChanges(record, typed, edited);
        for (const [name, value] of Object.entries(changes)) {
          expect(edited.has(name)).toBe(true);
          expect(value).toBe(typed[name]);
          expect(value).not.toBe(record[name]);
        }
        // Applying the changes gives the record what was typed (an unset flag left false stays unset).
        const applied: Record<string, unknown> = { ...record, ...changes };
        for (const [name, value] of Object.entries(typed)) {
          if (!(value === false && (record[name] ?? null) === null)) expect(applied[name]).toBe(value);
        }
      }),
      RUNS,
    );
  });

  it('send nothing when the agent retyped what is stored', () => {
    fc.assert(
      fc.property(freeFields, (stored) => {
        const record = storedCall({ id: 1, ...stored });
        expect(buildUpdateChanges(record, stored, new Set(Object.keys(stored)))).toEqual({});
      }),
      RUNS,
    );
  });

  it('build a voice comment of any non-blank title, trimmed, with the fields chosen', () => {
    fc.assert(
      fc.property(comment, (choice) => {
        const built = buildVoiceComment(choice);
        expect(built.title).toBe(choice.title.trim());
        expect(built.call_fields).toEqual(choice.fields);
        expect(built.author_id).toBe(choice.authorId ?? undefined);
      }),
      RUNS,
    );
  });
});
