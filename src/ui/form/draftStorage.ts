import * as z from 'zod/mini';
import { CALL_FIELD_NAMES } from '../../calls/fields';
import type { CallFieldName } from '../../calls/fields';
import type { FormDraft } from './edits';

/** A draft older than this is stale: the call it was for is long over. */
export const DRAFT_MAX_AGE_MS = 7 * 24 * 60 * 60 * 1000;

const draftSchema = z.object({
  savedAt: z.number(),
  call: z.partialRecord(z.enum(CALL_FIELD_NAMES as [CallFieldName, ...CallFieldName[]]), z.union([z.string(), z.boolean()])),
  comment: z.nullable(
    z.object({
      add: z.boolean(),
      title: z.string(),
      fields: z.array(z.enum(CALL_FIELD_NAMES as [CallFieldName, ...CallFieldName[]])),
    }),
  ),
});

// localStorage can be missing, full or blocked (private windows, storage partitioning): drafts are a help, never a failure.
function storage(): Storage | null {
  try {
    return window.localStorage;
  } catch {
    return null;
  }
}

export function readDraft(key: string, now: number = Date.now()): FormDraft | null {
  const store = storage();
  try {
    const raw = store?.getItem(key);
    if (raw === null || raw === undefined) return null;
    const parsed = draftSchema.safeParse(JSON.parse(raw));
    if (!parsed.success || now - parsed.data.savedAt > DRAFT_MAX_AGE_MS) {
      store?.removeItem(key);
      return null;
    }
    return parsed.data as FormDraft;
  } catch {
    return null;
  }
}

export function writeDraft(key: string, draft: FormDraft | null): void {
  const store = storage();
  try {
    if (draft === null) store?.removeItem(key);
    else store?.setItem(key, JSON.stringify(draft));
  } catch {
    // Full or blocked storage: the form still works, only the draft is not kept.
  }
}
