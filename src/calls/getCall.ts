import { callEnvelopeSchema } from './schema';
import type { CallRecord } from './schema';
import { send } from './send';
import type { Transport } from './transport';

/** GET /api/v2/calls/{id} */
export async function getCall(transport: Transport, callId: number): Promise<CallRecord> {
  const { call } = await send(transport, { method: 'GET', url: `/api/v2/calls/${callId}` }, callEnvelopeSchema);
  return call;
}
