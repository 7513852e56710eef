import type { CallRecord } from '../../../calls/schema';

/** A call as the list shows it: one record, and how many records Zendesk holds for it. */
export interface ListedCall {
  call: CallRecord;
  /** 1, or more when one create was stored more than once (the same app and external_id) */
  copies: number;
}

function updatedAt(call: CallRecord): number {
  const time = Date.parse(call.updated_at ?? call.created_at ?? '');
  return Number.isNaN(time) ? 0 : time;
}

/**
 * Records of one create (one app, one external_id) are one call to the agent:
 * the list shows the one changed last (the first stored on a tie) and counts
 * the others, in the order of `calls`.
 */
export function oneCardPerCall(calls: readonly CallRecord[]): ListedCall[] {
  const groups = new Map<string, CallRecord[]>();
  const listed: (ListedCall | string)[] = [];
  for (const call of calls) {
    const id = typeof call.external_id === 'string' ? call.external_id.trim() : '';
    if (id === '') {
      listed.push({ call, copies: 1 });
      continue;
    }
    const key = JSON.stringify([call.app_id ?? null, id]);
    const group = groups.get(key);
    if (group === undefined) {
      groups.set(key, [call]);
      listed.push(key);
    } else group.push(call);
  }
  return listed
    .map((entry) => {
      if (typeof entry !== 'string') return entry;
      const group = groups.get(entry) ?? [];
      const [shown] = [...group].sort((a, b) => updatedAt(b) - updatedAt(a) || a.id - b.id);
      return shown === undefined ? null : { call: shown, copies: group.length };
    })
    .filter((entry): entry is ListedCall => entry !== null);
}
