// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { HOSTILE_MARKER, HOSTILE_TEXTS, HOSTILE_URLS, LONG_PHONE } from '../../src/test/hostileStrings';
import type { CallRecord, HostView, SandboxComment, SandboxUser } from '../shared/types';
import { renderConversation } from './conversation';

const agent: SandboxUser = {
  id: 1,
  name: 'Lena Schmidt',
  email: 'lena@example.com',
  phone: null,
  role: 'agent',
  locale: 'en-US',
  time_zone: 'Berlin',
  iana_time_zone: 'Europe/Berlin',
  identities: [],
  organization_id: null,
  created_at: '',
  updated_at: '',
};

function voiceComment(id: number, callId: number, title: string, recordingUrl: string): SandboxComment {
  return {
    id,
    ticket_id: 101,
    type: 'TpeVoiceComment',
    public: false,
    author_id: 1,
    body: title,
    html_body: '',
    created_at: '2024-01-17T18:31:18Z',
    audit_id: id + 1,
    data: {
      app_id: 1,
      app_name: 'Call Logger',
      author_id: 1,
      call_id: callId,
      direction: 'inbound',
      external_id: null,
      title,
      via_id: 45,
      recording_url: recordingUrl,
    },
    call_fields: ['from_line', 'summary', 'recording_url'],
  };
}

describe('the host page’s conversation with hostile call data', () => {
  it('draws every hostile string as text and links only web addresses', () => {
    const texts = Object.values(HOSTILE_TEXTS);
    const comments: SandboxComment[] = [
      ...HOSTILE_URLS.map((url, index) => voiceComment(index + 1, 700 + index, texts[index % texts.length] ?? '', url)),
      voiceComment(99, 799, HOSTILE_TEXTS.scriptTag, 'https://recordings.example.com/1.mp3'),
    ];
    const calls: Record<string, CallRecord> = Object.fromEntries(
      comments.map((comment, index) => [
        String(comment.data?.call_id),
        {
          id: comment.data?.call_id ?? 0,
          from_line: LONG_PHONE,
          summary: texts[index % texts.length] ?? '',
          recording_url: comment.data?.recording_url ?? '',
        },
      ]),
    );
    const view = { comments, calls, users: [agent] } as unknown as HostView;
    const container = document.createElement('div');
    document.body.append(container);

    renderConversation(container, view, agent);

    expect(container.querySelectorAll('script, img, svg circle, iframe, b')).toHaveLength(0);
    const links = [...container.querySelectorAll('a')].map((link) => link.getAttribute('href'));
    expect(links).toEqual(['https://recordings.example.com/1.mp3']);
    expect(container.textContent).toContain(HOSTILE_TEXTS.scriptTag);
    expect(container.textContent).toContain(LONG_PHONE);
    expect((window as unknown as Record<string, unknown>)[HOSTILE_MARKER]).toBeUndefined();
  });
});
