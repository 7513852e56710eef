import { CALL_FIELD_NAMES } from '../calls/fields';
import type { CallRecord } from '../calls/schema';

/** A record as the API returns it: every field present, unset ones null. */
export function storedCall(overrides: Partial<CallRecord> & { id: number }): CallRecord {
  const empty = Object.fromEntries(CALL_FIELD_NAMES.map((name) => [name, null]));
  return {
    ...empty,
    app_id: 1003048,
    account_id: 9876,
    direction: 'inbound',
    from_line: '+14155550123',
    to_line: '+14155550100',
    call_started_at: '2024-01-17T18:30:00Z',
    created_at: '2024-01-17T18:31:18Z',
    updated_at: '2024-01-17T18:31:18Z',
    ...overrides,
  };
}

export function voiceComment(id: number, callId: number) {
  return {
    id,
    type: 'TpeVoiceComment',
    public: false,
    data: { app_id: 1003048, call_id: callId, direction: 'inbound', via_id: 45, title: 'Call', recording_url: '' },
    author_id: 1568991111,
    body: 'Call',
    created_at: '2024-01-17T18:31:18Z',
  };
}

export function textComment(id: number) {
  return { id, type: 'Comment', public: true, body: 'Hello', author_id: 1, created_at: '2024-01-17T18:00:00Z' };
}
