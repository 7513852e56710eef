// POST /__sandbox/calls: a call record with its voice comment, started N
// seconds ago and not ended, as the app would log it; the seed's calls are
// fixed in 2024 and so never "live" for the app's 12-hour clock.

import { z } from 'zod';
import { newCallRecord, toApiCall } from './callRecords.ts';
import { SEED } from './seed.ts';
import type { SandboxStore } from './store.ts';
import { zendeskTime } from './timestamps.ts';
import { addCallToTicket } from './voiceTickets.ts';

export const liveCallInputSchema = z.strictObject({
  ticketId: z.number().int().positive(),
  startedSecondsAgo: z.number().int().min(0).default(0),
  direction: z.enum(['inbound', 'outbound']).default('inbound'),
  from_line: z.string().default('+14155550123'),
  to_line: z.string().default('+18005550199'),
});

export type LiveCallInput = z.infer<typeof liveCallInputSchema>;

export type LiveCallResult = { ok: true; call: Record<string, unknown> } | { ok: false; problem: string };

export function createLiveCall(store: SandboxStore, input: LiveCallInput): LiveCallResult {
  if (store.ticket(input.ticketId) === undefined) {
    return { ok: false, problem: `ticketId: ticket ${input.ticketId} does not exist` };
  }
  const started = new Date(store.now().getTime() - input.startedSecondsAgo * 1000);
  const record = newCallRecord(store, {
    app_id: store.state.app.appId,
    ticket_id: input.ticketId,
    direction: input.direction,
    from_line: input.from_line,
    to_line: input.to_line,
    call_started_at: zendeskTime(started),
  });
  const comment = { title: null, callFields: [], authorId: null, displayToAgent: null, subject: null, endUserId: null };
  addCallToTicket(store, record, comment, SEED.agents.english);
  store.state.calls.push(record);
  store.commit({ reason: 'api', ticketIds: [input.ticketId] });
  return { ok: true, call: toApiCall(record, store.state.api.strict) };
}
