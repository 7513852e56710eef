import { CALL_FIELDS, isCallFieldName } from '../../../calls/fields';
import { pageStore } from '../../../lib/pageStore';
import { readStored } from '../../../lib/storedValue';
import { formDraftSchema } from './formDraft';
import type { FormDraft } from './formDraft';

/** A draft older than this is stale: the call it was for is long over. */
const DRAFT_MAX_AGE_MS = 7 * 24 * 60 * 60 * 1000;

export function readDraft(key: string, now: number = Date.now()): FormDraft | null {
  const draft = readStored(key, formDraftSchema, DRAFT_MAX_AGE_MS, now);
  if (draft === null) return null;
  // Each value must have its field's type (a flag's box, any other field's text) to go back into the form.
  const call = Object.fromEntries(
    Object.entries(draft.call).filter(
      ([name, value]) =>
        isCallFieldName(name) && typeof value === (CALL_FIELDS[name].type.kind === 'flag' ? 'boolean' : 'string'),
    ),
  );
  return { ...draft, call };
}

export function writeDraft(key: string, draft: FormDraft | null): void {
  const store = pageStore();
  try {
    if (draft === null) store.removeItem(key);
    else store.setItem(key, JSON.stringify(draft));
  } catch {
    // Full or blocked storage: the form still works, only the draft is not kept.
  }
}
