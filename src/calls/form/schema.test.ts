import { describe, expect, it } from 'vitest';
import { normaliseInternationalOnly } from '../input/phone';
import { callFieldsSchema, parseFieldText } from './schema';
import { emptyCallFormValues } from './values';

const context = { timeZone: 'Europe/Berlin', normalisePhone: normaliseInternationalOnly };

function filled(overrides: Record<string, string | boolean>) {
  return {
    ...emptyCallFormValues(),
    direction: 'inbound',
    from_line: '+49 30 1234567',
    to_line: '+1 415 555 0100',
    call_started_at: '2024-01-17T19:31:18',
    ...overrides,
  };
}

describe('callFieldsSchema for a new call', () => {
  const schema = callFieldsSchema(context, undefined);

  it('turns typed text into the API’s values and leaves empty fields out', () => {
    const result = schema.parse(filled({ duration: '1:30', callback: true, queue_name: ' Sales ' }));
    expect(result).toMatchObject({
      direction: 'inbound',
      from_line: '+49301234567',
      to_line: '+14155550100',
      call_started_at: '2024-01-17T19:31:18+01:00',
      duration: 90,
      callback: true,
      queue_name: 'Sales',
    });
    expect(result.transcript).toBeUndefined();
  });

  it('says which mandatory fields are missing, each at its own field', () => {
    const result = schema.safeParse(filled({ from_line: '', call_started_at: ' ' }));
    expect(result.error?.issues.map((issue) => [issue.path.join('.'), issue.message])).toEqual([
      ['from_line', 'errors.required'],
      ['call_started_at', 'errors.required'],
    ]);
  });

  it.each([
    ['to_line', 'not a number', 'errors.phone'],
    ['to_line', '030 1234567', 'errors.phoneCountryCode'],
    ['from_line', '+49 30 1234567 x12', 'errors.phoneExtension'],
    ['call_ended_at', '2024-02-30T10:00', 'errors.timestamp'],
    ['talk_time', '-3', 'errors.duration'],
    ['ivr_hops', 'two', 'errors.count'],
    ['agent_id', '0', 'errors.id'],
    ['recording_url', 'javascript:alert(1)', 'errors.url'],
  ])('refuses %s = %j with %s', (field, typed, message) => {
    const result = schema.safeParse(filled({ [field]: typed }));
    expect(result.error?.issues.map((issue) => [issue.path.join('.'), issue.message])).toEqual([[field, message]]);
  });
});

describe('callFieldsSchema for an update', () => {
  it('turns a cleared field into null, to clear it in the record', () => {
    const result = callFieldsSchema(context, null).parse(filled({ call_disposition: '' }));
    expect(result.call_disposition).toBeNull();
  });
});

describe('parseFieldText', () => {
  it('keeps a transcript exactly as typed', () => {
    expect(parseFieldText('transcript', '  Agent: hello\n', context)).toEqual({ value: '  Agent: hello\n' });
  });
});

describe('callFieldsSchema, the fields together', () => {
  const schema = callFieldsSchema(context, null);
  const issues = (overrides: Record<string, string>) =>
    schema.safeParse(filled(overrides)).error?.issues.map((issue) => [issue.path.join('.'), issue.message]);

  it.each([
    [{ call_ended_at: '2024-01-17T19:00:00' }, 'call_ended_at', 'errors.endBeforeStart'],
    [{ call_started_at: '2999-01-01T10:00:00' }, 'call_started_at', 'errors.startInFuture'],
    [{ wrap_up_time: '25:00:00' }, 'wrap_up_time', 'errors.durationOverDay'],
    [{ call_ended_at: '2024-01-17T19:32:18', duration: '61' }, 'duration', 'errors.durationOverCall'],
    [{ duration: '60', hold_time: '30', talk_time: '31' }, 'talk_time', 'errors.holdAndTalkOverDuration'],
  ])('refuses %j at %s', (overrides, field, message) => {
    expect(issues(overrides)).toEqual([[field, message]]);
  });

  it('takes a whole call that can be', () => {
    expect(
      issues({ call_ended_at: '2024-01-17T19:32:18', duration: '60', hold_time: '20', talk_time: '40' }),
    ).toBeUndefined();
  });
});
