import { useCallback, useEffect, useRef, useState } from 'react';
import type { CallFieldName } from '../../../calls/fields';
import { draftOf } from './formDraft';
import { readDraft, writeDraft } from './draftStorage';
import { editedCallFields } from './formModel';
import type { CallFormApi, CallFormShape } from './formModel';

const SAVE_DELAY_MS = 250;

export interface FormDraftHandle {
  /** The form started from a saved draft */
  restored: boolean;
  /** Throws the draft away and goes back to the form's starting values */
  discard: () => void;
  /** Forgets the draft, e.g. once the call is saved */
  clear: () => void;
}

/**
 * Keeps what the agent typed in localStorage, so a reload, a crash or a
 * closed ticket tab loses nothing; puts it back when the form opens again.
 */
export function useFormDraft(form: CallFormApi, key: string, initial: CallFormShape): FormDraftHandle {
  const [restored, setRestored] = useState(false);
  const initialRef = useRef(initial);

  useEffect(() => {
    const draft = readDraft(key);
    if (draft === null) return;
    for (const [name, value] of Object.entries(draft.call)) {
      form.setValue(`call.${name as CallFieldName}`, value, { shouldDirty: true });
    }
    if (draft.comment !== null) form.setValue('comment', draft.comment, { shouldDirty: true });
    // Restoring happens once, as the form opens: the notice follows the restore.
    // eslint-disable-next-line react-hooks/set-state-in-effect
    setRestored(true);
  }, [form, key]);

  // Set once the call is saved: from then on nothing the form does may write the draft back.
  const finished = useRef(false);

  useEffect(() => {
    let timer: ReturnType<typeof setTimeout> | undefined;
    let pending = false;
    const save = () => {
      clearTimeout(timer);
      if (!pending || finished.current) return;
      pending = false;
      writeDraft(key, draftOf(form.getValues(), editedCallFields(form), initialRef.current.comment, Date.now()));
    };
    const subscription = form.watch(() => {
      pending = true;
      clearTimeout(timer);
      timer = setTimeout(save, SAVE_DELAY_MS);
    });
    window.addEventListener('pagehide', save);
    return () => {
      subscription.unsubscribe();
      window.removeEventListener('pagehide', save);
      // Leaving the form (back, another view) keeps the last keystrokes too.
      save();
    };
  }, [form, key]);

  const clear = useCallback(() => {
    finished.current = true;
    writeDraft(key, null);
  }, [key]);

  const discard = useCallback(() => {
    writeDraft(key, null);
    form.reset(initialRef.current);
    setRestored(false);
  }, [form, key]);

  return { restored, discard, clear };
}
