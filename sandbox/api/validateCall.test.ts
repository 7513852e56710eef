import { describe, expect, it } from 'vitest';
import { validCall } from './testSupport.ts';
import { validateCall, type CallValidation } from './validateCall.ts';

const create = (input: Record<string, unknown>) =>
  validateCall(input, { mode: 'create', ticketExists: (id) => id === 101 });
const without = (field: string) => Object.fromEntries(Object.entries(validCall()).filter(([name]) => name !== field));
const update = (input: Record<string, unknown>) =>
  validateCall(input, { mode: 'update', ticketExists: (id) => id === 101 });

function detailsOf(result: CallValidation) {
  if (result.ok) throw new Error('expected validation errors');
  return result.details;
}

describe('validateCall on create', () => {
  it('accepts the five mandatory fields and normalises the time to UTC', () => {
    const result = create(validCall({ call_started_at: '2022-01-27T15:31:40+01' }));
    expect(result).toEqual({
      ok: true,
      values: expect.objectContaining({
        app_id: 1003048,
        call_started_at: '2022-01-27T14:31:40Z',
        direction: 'inbound',
      }) as unknown,
      removedKeys: [],
    });
  });

  it.each(['app_id', 'from_line', 'to_line', 'call_started_at', 'direction'])(
    'reports a missing %s as BlankValue',
    (field) => {
      expect(detailsOf(create(without(field)))).toEqual({
        [field]: [{ description: expect.stringMatching(/cannot be blank$/) as unknown, error: 'BlankValue' }],
      });
    },
  );

  it('names the field in Zendesk style', () => {
    expect(detailsOf(create(without('from_line'))).from_line).toEqual([
      { description: 'From line cannot be blank', error: 'BlankValue' },
    ]);
  });

  it.each([
    ['from_line', ''],
    ['from_line', '   '],
    ['direction', null],
  ])('reports a blank mandatory %s (%j)', (field, value) => {
    expect(detailsOf(create(validCall({ [field]: value })))[field]?.[0]?.error).toBe('BlankValue');
  });

  it.each([
    ['app_id', 0, 'GreaterThan'],
    ['app_id', -5, 'GreaterThan'],
    ['app_id', '1003048', 'NotAnInteger'],
    ['app_id', 1.5, 'NotAnInteger'],
    ['direction', 'sideways', 'InvalidValue'],
    ['completion_status', 'finished', 'InvalidValue'],
    ['call_recording_consent', 'sometimes', 'InvalidValue'],
    ['call_started_at', '2022-01-27 15:31', 'InvalidValue'],
    ['call_ended_at', 'tomorrow', 'InvalidValue'],
    ['call_ended_at', 1643293900, 'InvalidValue'],
    ['duration', -1, 'GreaterThanOrEqualTo'],
    ['duration', 12.5, 'NotAnInteger'],
    ['talk_time', '30', 'NotAnInteger'],
    ['ivr_hops', -2, 'GreaterThanOrEqualTo'],
    ['voicemail', 'yes', 'InvalidValue'],
    ['callback', 1, 'InvalidValue'],
    ['from_line', 4155550123, 'InvalidValue'],
    ['transcript', { text: 'hi' }, 'InvalidValue'],
    ['agent_id', 'me', 'NotAnInteger'],
    ['ticket_id', 0, 'GreaterThan'],
  ])('refuses %s = %j with %s', (field, value, error) => {
    const details = detailsOf(create(validCall({ [field]: value })));
    expect(Object.keys(details)).toEqual([field]);
    expect(details[field]?.[0]?.error).toBe(error);
  });

  it('refuses a ticket_id that does not exist', () => {
    expect(detailsOf(create(validCall({ ticket_id: 999 })))).toEqual({
      ticket_id: [{ description: 'Ticket 999 does not exist', error: 'InvalidValue' }],
    });
  });

  it('reports every problem at once', () => {
    expect(Object.keys(detailsOf(create({ direction: 'up', duration: -1 }))).sort()).toEqual(
      ['app_id', 'call_started_at', 'direction', 'duration', 'from_line', 'to_line'].sort(),
    );
  });

  it('ignores read-only and unknown fields', () => {
    const result = create(validCall({ id: 5, account_id: 7, created_at: 'x', updated_at: 'y', colour: 'blue' }));
    if (!result.ok) throw new Error('expected success');
    expect(Object.keys(result.values)).not.toContain('id');
    expect(Object.keys(result.values)).not.toContain('colour');
  });

  it('reads an empty completion_status as in progress (null)', () => {
    const result = create(validCall({ completion_status: '' }));
    expect(result.ok && result.values.completion_status).toBeNull();
  });
});

describe('validateCall on update', () => {
  it('keeps only the fields sent', () => {
    expect(update({ duration: 60, completion_status: 'completed' })).toEqual({
      ok: true,
      values: { duration: 60, completion_status: 'completed' },
      removedKeys: [],
    });
  });

  it('ignores app_id, which is read-only after create', () => {
    expect(update({ app_id: 42 })).toEqual({ ok: true, values: {}, removedKeys: [] });
  });

  it('refuses blanking a mandatory field', () => {
    expect(detailsOf(update({ to_line: '' })).to_line?.[0]?.error).toBe('BlankValue');
  });

  it('lets an optional field be cleared', () => {
    expect(update({ call_disposition: null, duration: null })).toEqual({
      ok: true,
      values: { call_disposition: null, duration: null },
      removedKeys: [],
    });
  });
});

describe('callback_source', () => {
  it.each(['queue', 'web widget'])('accepts the documented value %s', (value) => {
    expect(update({ callback_source: value })).toMatchObject({ ok: true, values: { callback_source: value } });
  });

  it('refuses any other value', () => {
    expect(detailsOf(update({ callback_source: 'email' })).callback_source?.[0]?.description).toBe(
      'Callback source is not included in the list (queue, web widget)',
    );
  });
});

describe('removed keys', () => {
  const strictUpdate = (input: Record<string, unknown>) =>
    validateCall(input, { mode: 'update', ticketExists: () => true, strict: true });

  it('lenient: stores the newer fields and removes only unknown names', () => {
    expect(update({ summary: 'Asked for a refund', not_a_field: 1, id: 5 })).toEqual({
      ok: true,
      values: { summary: 'Asked for a refund' },
      removedKeys: ['not_a_field'],
    });
  });

  it('strict: removes the newer fields before checking them, and stores the 2024 ones', () => {
    expect(strictUpdate({ summary: 'Refund', language: 42, duration: 60, organization_id: null })).toEqual({
      ok: true,
      values: { duration: 60, organization_id: null },
      removedKeys: ['summary', 'language'],
    });
  });
});
