// The TPE call endpoints: POST /calls, GET and PATCH /calls/{id}, POST /calls/{id}/comments.

import { applyCallChanges, newCallRecord, toApiCall } from '../callRecords.ts';
import { isPlainObject, validateCommentInput, type CommentInput } from '../commentInput.ts';
import { toCreatedVoiceComment } from '../comments.ts';
import type { RouteContext } from '../request.ts';
import {
  invalidJson,
  json,
  parameterMissing,
  recordInvalid,
  recordNotFound,
  removedKeysHeader,
  type ApiResponse,
} from '../responses.ts';
import type { ErrorDetails } from '../validateCall.ts';
import { validateCall } from '../validateCall.ts';
import { addCallToTicket } from '../voiceTickets.ts';

type Wrapped =
  { ok: true; call: Record<string, unknown>; root: Record<string, unknown> } | { ok: false; response: ApiResponse };

/** Reads `{"call": {...}}`; a body that is not JSON or lacks the wrapper is a 400. */
function readCallBody(context: RouteContext): Wrapped {
  const parsed = context.request.json;
  if (!parsed.ok) return { ok: false, response: invalidJson() };
  const root = parsed.value;
  if (!isPlainObject(root) || !isPlainObject(root.call)) return { ok: false, response: parameterMissing('call') };
  return { ok: true, call: root.call, root };
}

function mergeDetails(...all: (ErrorDetails | null)[]): ErrorDetails {
  const merged: ErrorDetails = {};
  for (const details of all) {
    for (const [name, errors] of Object.entries(details ?? {})) (merged[name] ??= []).push(...errors);
  }
  return merged;
}

export function createCall(context: RouteContext): ApiResponse {
  const { store } = context;
  const body = readCallBody(context);
  if (!body.ok) return body.response;

  const strict = store.state.api.strict;
  const validation = validateCall(body.call, {
    mode: 'create',
    ticketExists: (id) => store.ticket(id) !== undefined,
    strict,
  });
  const rawComment = body.root.comment;
  let comment: CommentInput | null = null;
  let commentDetails: ErrorDetails | null = null;
  if (isPlainObject(rawComment)) {
    const checked = validateCommentInput(rawComment, store);
    if (checked.ok) comment = checked.comment;
    else commentDetails = checked.details;
  } else if (rawComment !== undefined && rawComment !== null) {
    commentDetails = { comment: [{ description: 'Comment must be an object', error: 'InvalidValue' }] };
  }
  if (!validation.ok || commentDetails) {
    return recordInvalid(mergeDetails(validation.ok ? null : validation.details, commentDetails));
  }

  const record = newCallRecord(store, validation.values);
  if (comment) addCallToTicket(store, record, comment, context.agentId);
  store.state.calls.push(record);
  store.commit({ reason: 'api', ticketIds: typeof record.ticket_id === 'number' ? [record.ticket_id] : [] });
  // The real 201 carries no Location header.
  return json(201, { call: toApiCall(record, strict) }, removedKeysHeader(validation.removedKeys));
}

export function showCall(context: RouteContext, callId: number): ApiResponse {
  const record = context.store.call(callId);
  return record ? json(200, { call: toApiCall(record, context.store.state.api.strict) }) : recordNotFound();
}

export function updateCall(context: RouteContext, callId: number): ApiResponse {
  const { store } = context;
  const record = store.call(callId);
  if (!record) return recordNotFound();
  const body = readCallBody(context);
  if (!body.ok) return body.response;
  const strict = store.state.api.strict;
  const validation = validateCall(body.call, {
    mode: 'update',
    ticketExists: (id) => store.ticket(id) !== undefined,
    strict,
  });
  if (!validation.ok) return recordInvalid(validation.details);

  const ticketBefore = record.ticket_id;
  if (applyCallChanges(record, validation.values)) {
    record.updated_at = store.timestamp();
    const ticketIds = [ticketBefore, record.ticket_id].filter((id): id is number => typeof id === 'number');
    store.commit({ reason: 'api', ticketIds: [...new Set(ticketIds)] });
  }
  return json(200, { call: toApiCall(record, strict) }, removedKeysHeader(validation.removedKeys));
}

/** Comment fields arrive at the top level of the body, not wrapped. */
export function createCallComment(context: RouteContext, callId: number): ApiResponse {
  const { store } = context;
  const record = store.call(callId);
  if (!record) return recordNotFound();
  const parsed = context.request.json;
  if (!parsed.ok) return invalidJson();
  const input = parsed.value ?? {};
  if (!isPlainObject(input)) return parameterMissing('title');
  const checked = validateCommentInput(input, store);
  if (!checked.ok) return recordInvalid(checked.details);

  const voice = addCallToTicket(store, record, checked.comment, context.agentId);
  store.commit({ reason: 'api', ticketIds: [voice.ticket_id] });
  return json(201, toCreatedVoiceComment(voice, record));
}
