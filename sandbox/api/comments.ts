// Ticket comments: ordinary ones and TPE voice comments, stored and as the API shows them.

import { shownValue } from '../shared/common.ts';
import type { CallRecord, CallValue, SandboxComment } from '../shared/types.ts';
import { fieldLabel, isCallField } from './callFields.ts';

export interface VoiceCommentInput {
  id: number;
  auditId: number;
  ticketId: number;
  call: CallRecord;
  title: string | null;
  callFields: string[];
  /** The comment's own author_id (data.author_id), null when not sent. */
  requestedAuthorId: number | null;
  /** Who made the request: the comment's author when no author_id was sent. */
  requesterAgentId: number;
  appName: string;
  createdAt: string;
}

export interface TextCommentInput {
  id: number;
  auditId: number;
  ticketId: number;
  authorId: number;
  body: string;
  isPublic: boolean;
  createdAt: string;
}

function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

function paragraphs(text: string): string {
  return text
    .split(/\n{2,}/)
    .map((part) => `<p dir="auto">${escapeHtml(part).replace(/\n/g, '<br>')}</p>`)
    .join('');
}

function numberOrNull(value: CallValue | undefined): number | null {
  return typeof value === 'number' ? value : null;
}

function stringOrNull(value: CallValue | undefined): string | null {
  return typeof value === 'string' ? value : null;
}

export function defaultVoiceTitle(call: CallRecord): string {
  return call.direction === 'outbound' ? 'Outbound call' : 'Inbound call';
}

/**
 * A voice comment whose body lists the chosen call fields as the record holds
 * them now, as the real one does: "<title>\n\nSummary\nDirection: inbound".
 */
export function buildVoiceComment(input: VoiceCommentInput): SandboxComment {
  const { call } = input;
  const title = input.title ?? defaultVoiceTitle(call);
  const fields = input.callFields.filter(isCallField);
  const lines = fields.map((name) => `${fieldLabel(name)}: ${shownValue(call[name])}`);
  const body = lines.length > 0 ? `${title}\n\nSummary\n${lines.join('\n')}` : title;
  return {
    id: input.id,
    ticket_id: input.ticketId,
    type: 'TpeVoiceComment',
    public: false,
    author_id: input.requestedAuthorId ?? input.requesterAgentId,
    body,
    html_body: `<div class="zd-comment" dir="auto">${paragraphs(body)}</div>`,
    created_at: input.createdAt,
    audit_id: input.auditId,
    data: {
      app_id: numberOrNull(call.app_id),
      app_name: input.appName,
      author_id: input.requestedAuthorId,
      call_id: numberOrNull(call.id) ?? 0,
      direction: stringOrNull(call.direction),
      external_id: stringOrNull(call.external_id),
      title,
      via_id: call.direction === 'outbound' ? 46 : 45,
      recording_url: stringOrNull(call.recording_url) ?? '',
    },
    call_fields: fields,
  };
}

export function buildTextComment(input: TextCommentInput): SandboxComment {
  return {
    id: input.id,
    ticket_id: input.ticketId,
    type: 'Comment',
    public: input.isPublic,
    author_id: input.authorId,
    body: input.body,
    html_body: `<div class="zd-comment" dir="auto">${paragraphs(input.body)}</div>`,
    created_at: input.createdAt,
    audit_id: input.auditId,
    data: null,
    call_fields: [],
  };
}

/** The comment as GET /api/v2/tickets/{id}/comments shows it (no sandbox bookkeeping). */
export function toApiComment(comment: SandboxComment): Record<string, unknown> {
  const isVoice = comment.type === 'TpeVoiceComment';
  const shown: Record<string, unknown> = {
    id: comment.id,
    type: comment.type,
    author_id: comment.author_id,
    body: comment.body,
    html_body: comment.html_body,
    plain_body: comment.body,
    public: comment.public,
    attachments: [],
    audit_id: comment.audit_id,
    via: {
      channel: isVoice ? 'voice' : 'web',
      source: { from: {}, to: {}, rel: isVoice ? (comment.data?.direction ?? null) : null },
    },
    created_at: comment.created_at,
    metadata: { system: {}, custom: {} },
  };
  if (comment.data) shown.data = { ...comment.data };
  return shown;
}

/**
 * The bare comment POST /api/v2/calls/{id}/comments answers with, in the 2024
 * recorded shape: the ticket comment's keys plus title, formatted_from,
 * formatted_to, transcription_visible and trusted (how Zendesk formats the
 * lines is unconfirmed: they are shown as stored).
 */
export function toCreatedVoiceComment(comment: SandboxComment, call: CallRecord): Record<string, unknown> {
  return {
    id: comment.id,
    type: comment.type,
    public: comment.public,
    author_id: comment.author_id,
    body: comment.body,
    html_body: comment.html_body,
    created_at: comment.created_at,
    audit_id: comment.audit_id,
    attachments: [],
    title: comment.data?.title ?? null,
    formatted_from: stringOrNull(call.from_line),
    formatted_to: stringOrNull(call.to_line),
    transcription_visible: false,
    trusted: true,
    data: comment.data ? { ...comment.data } : null,
  };
}

/** Comments of a ticket in the order Zendesk lists them: oldest first. */
export function ticketComments(comments: readonly SandboxComment[], ticketId: number): SandboxComment[] {
  return comments
    .filter((comment) => comment.ticket_id === ticketId)
    .sort((a, b) => a.created_at.localeCompare(b.created_at) || a.id - b.id);
}
