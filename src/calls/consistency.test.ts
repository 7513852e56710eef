import { describe, expect, it } from 'vitest';
import { impossibleValues } from './consistency';
import { callCreateSchema, callUpdateSchema } from './writeSchema';

const now = Date.parse('2024-01-17T18:30:00Z');
const messages = (call: Record<string, unknown>) =>
  impossibleValues(call, now).map(({ path, message }) => [path, message]);

describe('impossibleValues', () => {
  it('takes a call that can be', () => {
    expect(
      messages({
        call_started_at: '2024-01-17T18:00:00Z',
        call_ended_at: '2024-01-17T19:05:00+01:00',
        duration: 300,
        hold_time: 60,
        talk_time: 240,
        wrap_up_time: 0,
      }),
    ).toEqual([]);
  });

  it('refuses an end before the start', () => {
    expect(messages({ call_started_at: '2024-01-17T18:00:00Z', call_ended_at: '2024-01-17T18:59:59+01:00' })).toEqual([
      ['call_ended_at', 'errors.endBeforeStart'],
    ]);
  });

  it('refuses a start more than 5 minutes ahead, not one a little ahead', () => {
    expect(messages({ call_started_at: '2024-01-17T18:35:00Z' })).toEqual([]);
    expect(messages({ call_started_at: '2024-01-17T18:35:01Z' })).toEqual([
      ['call_started_at', 'errors.startInFuture'],
    ]);
  });

  it('refuses any duration over a day', () => {
    expect(messages({ duration: 86_400, queue_time: 86_401, wait_time: 99_999_999_999 })).toEqual([
      ['wait_time', 'errors.durationOverDay'],
      ['queue_time', 'errors.durationOverDay'],
    ]);
  });

  it('refuses a duration longer than from start to end', () => {
    const call = { call_started_at: '2024-01-17T18:00:00Z', call_ended_at: '2024-01-17T18:05:00Z' };
    expect(messages({ ...call, duration: 300 })).toEqual([]);
    expect(messages({ ...call, duration: 301 })).toEqual([['duration', 'errors.durationOverCall']]);
  });

  it('refuses hold and talk time longer than the duration', () => {
    expect(messages({ duration: 300, hold_time: 61, talk_time: 240 })).toEqual([
      ['talk_time', 'errors.holdAndTalkOverDuration'],
    ]);
  });
});

describe('the write schemas', () => {
  it('refuse a PATCH body no call can be, at the field', () => {
    const result = callUpdateSchema.safeParse({ duration: 300, hold_time: 200, talk_time: 200 });
    expect(result.error?.issues.map((issue) => [issue.path.join('.'), issue.message])).toEqual([
      ['talk_time', 'errors.holdAndTalkOverDuration'],
    ]);
  });

  it('refuse a create that ends before it starts', () => {
    const result = callCreateSchema.safeParse({
      app_id: 1,
      direction: 'inbound',
      from_line: '+14155550123',
      to_line: '+14155550100',
      call_started_at: '2024-01-17T18:00:00Z',
      call_ended_at: '2024-01-17T17:00:00Z',
    });
    expect(result.error?.issues.map((issue) => issue.path.join('.'))).toEqual(['call_ended_at']);
  });
});
