// GET /__sandbox/view: everything the host page draws, read straight from the
// store so the page's own reads never reach the request log, faults or rate limit.

import type { AppSummary, CallRecord, HostView } from '../shared/types.ts';
import { toApiCall } from './callRecords.ts';
import { ticketComments } from './comments.ts';
import { metadataSettings } from './settings.ts';
import type { SandboxStore } from './store.ts';

export function buildHostView(store: SandboxStore, app: AppSummary, ticketId: number | null): HostView {
  const { state } = store;
  const ticket = (ticketId === null ? state.tickets[0] : store.ticket(ticketId)) ?? null;
  const comments = ticket ? ticketComments(state.comments, ticket.id) : [];
  const calls: Record<string, CallRecord> = {};
  for (const comment of comments) {
    const record = comment.data ? store.call(comment.data.call_id) : undefined;
    if (record) calls[String(record.id)] = toApiCall(record, state.api.strict);
  }
  return {
    app,
    appId: state.app.appId,
    settings: metadataSettings(app, state.app.settings),
    savedSettings: { ...state.app.settings },
    api: { ...state.api },
    subdomain: state.subdomain,
    ticket,
    brand: ticket ? (state.brands.find((brand) => brand.id === ticket.brand_id) ?? null) : null,
    comments,
    calls,
    users: state.users,
    tickets: state.tickets.map(({ id, subject }) => ({ id, subject })),
  };
}
