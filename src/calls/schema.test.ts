import { describe, expect, it } from 'vitest';
import { callRecordSchema, ticketCommentsPageSchema } from './schema';

describe('callRecordSchema', () => {
  it('reads a record with every field null except the mandatory ones', () => {
    const record = callRecordSchema.parse({
      id: 16444799095826,
      app_id: 1003048,
      from_line: '+183808333456',
      to_line: '+14155550100',
      call_started_at: '2022-01-27T14:31:40Z',
      direction: 'inbound',
      completion_status: null,
      duration: null,
      callback: null,
    });
    expect(record.id).toBe(16444799095826);
    expect(record.completion_status).toBeNull();
  });

  it('keeps fields the app does not know, to show them', () => {
    const record = callRecordSchema.parse({ id: 1, sentiment_score: 0.8, carrier: 'Acme' });
    expect(record).toMatchObject({ sentiment_score: 0.8, carrier: 'Acme' });
  });

  it('accepts a completion status Zendesk added after this app was written', () => {
    expect(callRecordSchema.parse({ id: 1, completion_status: 'abandoned_in_callback' }).completion_status).toBe(
      'abandoned_in_callback',
    );
  });

  it('rejects a record whose known field has the wrong type', () => {
    expect(callRecordSchema.safeParse({ id: 1, duration: 'long' }).success).toBe(false);
  });
});

describe('ticketCommentsPageSchema', () => {
  it('reads the voice comment example recorded from a real account', () => {
    const page = ticketCommentsPageSchema.parse({
      comments: [
        {
          id: 16444825011986,
          type: 'TpeVoiceComment',
          public: false,
          data: {
            app_id: 1003048,
            app_name: 'Call Logger',
            author_id: null,
            call_id: 16444799095826,
            direction: 'inbound',
            external_id: null,
            title: 'Inbound call',
            via_id: 45,
            recording_url: '',
          },
          author_id: 1568991111,
          body: 'Inbound call',
          html_body: '<p>Inbound call</p>',
          created_at: '2024-01-17T18:31:18Z',
          audit_id: 16444825011858,
        },
      ],
      meta: { has_more: false, after_cursor: null, before_cursor: null },
      links: { prev: null, next: null },
    });
    expect(page.comments[0]?.data?.call_id).toBe(16444799095826);
  });
});
