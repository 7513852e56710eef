import { describe, expect, it } from 'vitest';
import { fieldsNotKept } from './notKept';

const answer = {
  id: 1,
  app_id: 7,
  direction: 'inbound',
  from_line: '+14155550123',
  to_line: '+18005550199',
  call_started_at: '2022-01-27T14:31:40Z',
  duration: 60,
  callback: false,
  call_disposition: 'resolved',
  transcript: 'Hello\nBye',
  completion_status: null,
  queue_name: '',
};

describe('fieldsNotKept', () => {
  it('finds nothing lost when every value came back', () => {
    expect(fieldsNotKept({ app_id: 7, direction: 'inbound', duration: 60, callback: false }, answer)).toEqual([]);
  });

  it('names the fields the answer lacks, in the catalogue order', () => {
    expect(fieldsNotKept({ summary: 'Refund asked', duration: 60, language: 'de' }, answer)).toEqual([
      'language',
      'summary',
    ]);
  });

  it('names a field the answer holds with another value or as null', () => {
    expect(fieldsNotKept({ call_disposition: 'escalated', completion_status: 'completed' }, answer)).toEqual([
      'completion_status',
      'call_disposition',
    ]);
  });

  it('accepts a timestamp in another offset or precision', () => {
    expect(
      fieldsNotKept({ call_started_at: '2022-01-27T15:31:40+01' }, answer).concat(
        fieldsNotKept({ call_started_at: '2022-01-27T14:31:40.400Z' }, answer),
      ),
    ).toEqual([]);
    expect(fieldsNotKept({ call_started_at: '2022-01-27T14:35:00Z' }, answer)).toEqual(['call_started_at']);
  });

  it('accepts a phone number stored in another format', () => {
    const stored = { ...answer, from_line: '+1 (415) 555-0123', to_line: '8005550199' };
    expect(fieldsNotKept({ from_line: '+14155550123', to_line: '+18005550199' }, stored)).toEqual([]);
    expect(fieldsNotKept({ from_line: '+14155550124' }, stored)).toEqual(['from_line']);
  });

  it('treats a cleared value answered as null, absent or empty as kept', () => {
    expect(fieldsNotKept({ completion_status: null, queue_name: null, summary: null, call_type: '' }, answer)).toEqual(
      [],
    );
  });

  it('accepts text whose line endings or outer spaces changed', () => {
    expect(fieldsNotKept({ transcript: 'Hello\r\nBye ', call_disposition: ' resolved' }, answer)).toEqual([]);
  });

  it('tells a kept false from a dropped one', () => {
    expect(fieldsNotKept({ callback: false, voicemail: false }, answer)).toEqual(['voicemail']);
  });
});
