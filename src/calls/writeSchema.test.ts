import { describe, expect, it } from 'vitest';
import { callCreateSchema, callUpdateSchema, voiceCommentInputSchema } from './writeSchema';

describe('callCreateSchema', () => {
  const valid = {
    app_id: 1003048,
    from_line: '+183808333456',
    to_line: '+14155550100',
    call_started_at: '2022-01-27T15:31:40+01:00',
    direction: 'inbound',
  };

  it('accepts the five mandatory fields', () => {
    expect(callCreateSchema.parse(valid)).toEqual(valid);
  });

  it.each(['app_id', 'from_line', 'to_line', 'call_started_at', 'direction'])('requires %s', (field) => {
    const result = callCreateSchema.safeParse({ ...valid, [field]: undefined });
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.path).toEqual([field]);
  });

  it.each([
    ['direction', 'sideways', 'errors.enum'],
    ['from_line', '0415 555 0123', 'errors.phone'],
    ['call_started_at', '2022-01-27 15:31', 'errors.timestamp'],
    ['call_started_at', '2022-01-27T15:31:40', 'errors.timestamp'],
    ['call_started_at', '2024-02-30T10:00:00Z', 'errors.timestamp'],
    ['duration', -1, 'errors.duration'],
    ['duration', 1.5, 'errors.duration'],
    ['recording_url', 'ftp://example.com/a.mp3', 'errors.url'],
    ['completion_status', 'done', 'errors.enum'],
    ['callback', 'yes', 'errors.flag'],
    ['ticket_id', 0, 'errors.id'],
    ['app_id', 0, 'errors.appId'],
  ])('rejects %s = %j with %s', (field, value, message) => {
    const result = callCreateSchema.safeParse({ ...valid, [field]: value });
    expect(result.error?.issues.map((issue) => issue.message)).toEqual([message]);
  });

  it.each([
    'https://recordings.example.com/calls/7.mp3',
    'http://media.example.co.uk/a?b=1#t=30',
    'https://bücher.example/aufnahme',
  ])('takes the recording link %s', (link) => {
    expect(callCreateSchema.safeParse({ ...valid, recording_url: link }).success).toBe(true);
  });

  it.each([
    'javascript:alert(1)',
    'https://localhost/a.mp3',
    'https://10.0.0.1/a.mp3',
    'example.com/a.mp3',
    'https://',
  ])('refuses %j as a recording link: only http(s) to a named host', (link) => {
    expect(callCreateSchema.safeParse({ ...valid, recording_url: link }).error?.issues[0]?.message).toBe('errors.url');
  });

  it('accepts the short offset Zendesk was seen to accept', () => {
    expect(callCreateSchema.safeParse({ ...valid, call_started_at: '2022-01-27T15:31:40+01' }).success).toBe(true);
  });

  it('refuses read-only and unknown fields, which the API would ignore silently', () => {
    expect(callCreateSchema.safeParse({ ...valid, id: 5 }).success).toBe(false);
    expect(callCreateSchema.safeParse({ ...valid, colour: 'red' }).success).toBe(false);
  });
});

describe('callUpdateSchema', () => {
  it('takes any subset of writable fields, null to clear', () => {
    expect(callUpdateSchema.parse({ call_disposition: null, duration: 65 })).toEqual({
      call_disposition: null,
      duration: 65,
    });
  });

  it('does not let app_id change after create', () => {
    expect(callUpdateSchema.safeParse({ app_id: 5 }).success).toBe(false);
  });
});

describe('voiceCommentInputSchema', () => {
  it('takes a title and the call fields the comment shows', () => {
    expect(voiceCommentInputSchema.parse({ title: 'Inbound call', call_fields: ['direction', 'duration'] })).toEqual({
      title: 'Inbound call',
      call_fields: ['direction', 'duration'],
    });
  });

  it('refuses a field name the call object does not have', () => {
    expect(voiceCommentInputSchema.safeParse({ call_fields: ['colour'] }).success).toBe(false);
  });
});
