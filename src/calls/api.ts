// The requests that write (create, update, comment); getCall.ts reads, so the list loads none of this.
import { callEnvelopeSchema, ticketCommentSchema } from './schema';
import type { CallRecord, TicketComment } from './schema';
import { callCreateSchema, callUpdateSchema, voiceCommentInputSchema } from './writeSchema';
import type { CallCreate, CallUpdate, VoiceCommentInput } from './writeSchema';
import type { CallFieldName } from './fields';
import { fieldsNotKept } from './notKept';
import { invalidDetailsOf } from './errorDetails';
import { send, validateBody } from './send';
import type { Transport } from './transport';

export interface CreateCallInput {
  call: CallCreate;
  /** The voice comment that makes the record visible on call.ticket_id (or on a new ticket without one). */
  comment?: VoiceCommentInput;
}

/** POST /api/v2/calls: the record and, in the same request, its voice comment. */
export async function createCall(transport: Transport, input: CreateCallInput): Promise<CallRecord> {
  const call = validateBody(callCreateSchema, input.call);
  const comment = input.comment === undefined ? undefined : validateBody(voiceCommentInputSchema, input.comment);
  const body = comment === undefined ? { call } : { call, comment };
  const { call: created } = await send(
    transport,
    { method: 'POST', url: '/api/v2/calls', body },
    callEnvelopeSchema,
    invalidDetailsOf,
  );
  return created;
}

/** PATCH /api/v2/calls/{id} with only the fields to change; answers the whole record. */
export async function updateCall(transport: Transport, callId: number, changes: CallUpdate): Promise<CallRecord> {
  const call = validateBody(callUpdateSchema, changes);
  const { call: updated } = await send(
    transport,
    { method: 'PATCH', url: `/api/v2/calls/${callId}`, body: { call } },
    callEnvelopeSchema,
    invalidDetailsOf,
  );
  return updated;
}

/** What Zendesk stored, and which of the fields sent it did not keep although it answered 200/201. */
export interface StoredCall {
  call: CallRecord;
  notKept: CallFieldName[];
}

/** createCall, then what the answer lacks of what was sent. */
export async function createCallChecked(transport: Transport, input: CreateCallInput): Promise<StoredCall> {
  const call = await createCall(transport, input);
  return { call, notKept: fieldsNotKept(input.call, call) };
}

/** updateCall, then what the answer lacks of the changes sent. */
export async function updateCallChecked(
  transport: Transport,
  callId: number,
  changes: CallUpdate,
): Promise<StoredCall> {
  const call = await updateCall(transport, callId, changes);
  return { call, notKept: fieldsNotKept(changes, call) };
}

/** POST /api/v2/calls/{id}/comments: the comment's fields go at the top level, not wrapped. */
export async function addVoiceComment(
  transport: Transport,
  callId: number,
  comment: VoiceCommentInput,
): Promise<TicketComment> {
  const body = validateBody(voiceCommentInputSchema, comment);
  return send(
    transport,
    { method: 'POST', url: `/api/v2/calls/${callId}/comments`, body },
    ticketCommentSchema,
    invalidDetailsOf,
  );
}
