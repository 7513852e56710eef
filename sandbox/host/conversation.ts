// The ticket's conversation, oldest first. Voice comments are drawn as Zendesk
// draws TPE voice comments: a call card whose fields come from the call record.

import { shownValue } from '../shared/common';
import type { CallRecord, HostView, SandboxComment, SandboxUser } from '../shared/types';
import { ICONS, formatTime, h, icon, initials } from './dom';

function label(fieldName: string): string {
  const words = fieldName.replace(/_/g, ' ');
  return words.charAt(0).toUpperCase() + words.slice(1);
}

function isWebAddress(value: string | null | undefined): value is string {
  if (typeof value !== 'string' || !/^https?:\/\//i.test(value)) return false;
  try {
    return ['http:', 'https:'].includes(new URL(value).protocol);
  } catch {
    return false;
  }
}

function voiceCard(comment: SandboxComment, call: CallRecord | undefined): HTMLElement {
  const data = comment.data;
  const direction = data?.via_id === 46 ? 'Outbound call' : 'Inbound call';
  const fields = h('dl', { class: 'zd-call-fields' });
  for (const name of comment.call_fields) {
    fields.append(h('dt', {}, label(name)), h('dd', { 'data-field': name }, shownValue(call?.[name])));
  }
  // Like Zendesk, only a web address becomes a link: a javascript: or data: URL stays out of the page.
  const recording = isWebAddress(data?.recording_url) ? data.recording_url : '';
  return h(
    'div',
    { class: 'zd-call-card' },
    h(
      'div',
      { class: 'zd-call-heading' },
      h('span', { class: `zd-call-icon zd-call-icon--${data?.via_id === 46 ? 'out' : 'in'}` }, icon(ICONS.phone)),
      h(
        'div',
        {},
        h('div', { class: 'zd-call-title' }, data?.title ?? direction),
        h(
          'div',
          { class: 'zd-muted' },
          `${direction} · via ${String(data?.via_id ?? '')} · call ${String(data?.call_id ?? '')}`,
        ),
      ),
    ),
    comment.call_fields.length > 0 ? fields : null,
    call ? null : h('p', { class: 'zd-muted' }, 'The call record is not in the sandbox.'),
    recording ? h('a', { class: 'zd-link', href: recording, target: '_blank', rel: 'noreferrer' }, 'Recording') : null,
  );
}

function commentItem(comment: SandboxComment, view: HostView, agent: SandboxUser): HTMLElement {
  const author = view.users.find((user) => user.id === comment.author_id);
  const isVoice = comment.type === 'TpeVoiceComment';
  const kind = isVoice ? 'voice' : comment.public ? 'public' : 'note';
  const badge = isVoice ? 'Call' : comment.public ? null : 'Internal note';
  return h(
    'article',
    {
      class: `zd-comment zd-comment--${kind}`,
      'data-comment-id': String(comment.id),
      'data-comment-type': comment.type,
      'aria-label': `${author?.name ?? 'Unknown'}: ${isVoice ? 'call' : 'comment'}`,
    },
    h(
      'span',
      { class: `zd-avatar ${author?.role === 'end-user' ? 'zd-avatar--customer' : ''}`, 'aria-hidden': 'true' },
      initials(author?.name ?? '?'),
    ),
    h(
      'div',
      { class: 'zd-comment-main' },
      h(
        'header',
        { class: 'zd-comment-header' },
        h('strong', {}, author?.name ?? `User ${comment.author_id}`),
        badge ? h('span', { class: `zd-badge zd-badge--${kind}` }, badge) : null,
        h(
          'time',
          { class: 'zd-muted', datetime: comment.created_at },
          formatTime(comment.created_at, agent.locale, agent.iana_time_zone),
        ),
      ),
      isVoice
        ? voiceCard(comment, view.calls[String(comment.data?.call_id)])
        : h('div', { class: 'zd-comment-body' }, comment.body),
    ),
  );
}

/** Redraws the list; keeps the reader's place unless they were at the bottom (then follows new comments). */
export function renderConversation(container: HTMLElement, view: HostView, agent: SandboxUser): void {
  const atBottom =
    container.scrollHeight - container.scrollTop - container.clientHeight < 40 || container.childElementCount === 0;
  const previousScroll = container.scrollTop;
  container.replaceChildren(...view.comments.map((comment) => commentItem(comment, view, agent)));
  container.dataset.commentCount = String(view.comments.length);
  container.scrollTop = atBottom ? container.scrollHeight : previousScroll;
}
