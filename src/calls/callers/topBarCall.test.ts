import { describe, expect, it } from 'vitest';
import { buildTopBarCreate } from './topBarCall';
import type { TopBarCall } from './topBarCall';

const base: TopBarCall = {
  appId: 1003048,
  agentId: 501,
  callerId: 301,
  callerPhone: '+14155550142',
  companyLine: '+18005550199',
  direction: 'inbound',
  target: { kind: 'new', subject: ' Call from Olivia Chen ' },
  title: 'Inbound call from +14155550142',
  commentFields: ['direction', 'from_line'],
  externalId: 'b3b1f2de-0000-4000-8000-000000000001',
  startedAt: '2026-12-02T14:00:00Z',
};

describe('buildTopBarCreate', () => {
  it('a new ticket: no ticket_id; the comment carries subject, screen-pop, author and requester', () => {
    expect(buildTopBarCreate(base)).toEqual({
      call: {
        app_id: 1003048,
        direction: 'inbound',
        from_line: '+14155550142',
        to_line: '+18005550199',
        call_started_at: '2026-12-02T14:00:00Z',
        agent_id: 501,
        end_user_id: 301,
        external_id: 'b3b1f2de-0000-4000-8000-000000000001',
      },
      comment: {
        title: 'Inbound call from +14155550142',
        call_fields: ['direction', 'from_line'],
        author_id: 501,
        subject: 'Call from Olivia Chen',
        display_to_agent: 501,
        end_user_id: 301,
      },
    });
  });

  it('an existing ticket: its ticket_id, and the comment without a subject; outbound swaps the lines', () => {
    const input = buildTopBarCreate({ ...base, direction: 'outbound', target: { kind: 'existing', ticketId: 106 } });
    expect(input.call).toMatchObject({ ticket_id: 106, from_line: '+18005550199', to_line: '+14155550142' });
    expect(input.comment).toEqual({
      title: 'Inbound call from +14155550142',
      call_fields: ['direction', 'from_line'],
      author_id: 501,
    });
  });

  it('refuses a call without the company line before any request', () => {
    expect(() => buildTopBarCreate({ ...base, companyLine: null })).toThrow();
  });
});
