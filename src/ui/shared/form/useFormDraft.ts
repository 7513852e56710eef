import { useCallback, useEffect, useRef, useState } from 'react';
import { CALL_FIELD_NAMES } from '../../../calls/fields';
import type { CallFieldName } from '../../../calls/fields';
import { draftOf } from './formDraft';
import type { FormDraft } from './formDraft';
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
  /** This draft's create id: the same across retries and reloads until the call is saved or the draft discarded */
  externalId: string;
  /** When a create of this draft was sent without an answer known yet; from before a reload too */
  sentAt: number | null;
  /** Keeps the draft, every filled value and `at` (a send under way, or null once it clearly failed) right now */
  markSent: (at: number | null) => void;
}

interface DraftIdentity {
  externalId: string;
  sentAt: number | null;
}

function identityOf(saved: FormDraft | null): DraftIdentity {
  return { externalId: saved?.externalId ?? crypto.randomUUID(), sentAt: saved?.sentAt ?? null };
}

/** Once sent, the draft keeps every filled value: a reload must resend the call as it was sent, not a fresh "now". */
function keptFields(form: CallFormApi, values: CallFormShape, sent: boolean): Set<CallFieldName> {
  const edited = editedCallFields(form);
  if (!sent) return edited;
  return new Set([...edited, ...CALL_FIELD_NAMES.filter((name) => ![false, ''].includes(values.call[name]))]);
}

/**
 * Keeps what the agent typed in localStorage, so a reload, a crash or a
 * closed ticket tab loses nothing; puts it back when the form opens again.
 * It also keeps the draft's create id and whether a create was sent, so a
 * create whose answer never came is looked for rather than sent twice.
 */
export function useFormDraft(form: CallFormApi, key: string, initial: CallFormShape): FormDraftHandle {
  const [restored, setRestored] = useState(false);
  const initialRef = useRef(initial);
  const [startIdentity] = useState(() => identityOf(readDraft(key)));
  const identity = useRef(startIdentity);
  const [current, setCurrent] = useState(startIdentity);

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

  const write = useCallback(() => {
    if (finished.current) return;
    const values = form.getValues();
    const { externalId, sentAt } = identity.current;
    const now = Date.now();
    const draft = draftOf(values, keptFields(form, values, sentAt !== null), initialRef.current.comment, now);
    if (sentAt === null) writeDraft(key, draft === null ? null : { ...draft, externalId });
    else writeDraft(key, { ...(draft ?? { savedAt: now, call: {}, comment: null }), externalId, sentAt });
  }, [form, key]);

  useEffect(() => {
    let timer: ReturnType<typeof setTimeout> | undefined;
    let pending = false;
    const save = () => {
      clearTimeout(timer);
      if (!pending) return;
      pending = false;
      write();
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
  }, [form, write]);

  const markSent = useCallback(
    (at: number | null) => {
      identity.current = { ...identity.current, sentAt: at };
      setCurrent(identity.current);
      write();
    },
    [write],
  );

  const clear = useCallback(() => {
    finished.current = true;
    writeDraft(key, null);
  }, [key]);

  const discard = useCallback(() => {
    writeDraft(key, null);
    // Starting over is another call: it gets an id of its own.
    identity.current = identityOf(null);
    setCurrent(identity.current);
    form.reset(initialRef.current);
    setRestored(false);
  }, [form, key]);

  return { restored, discard, clear, externalId: current.externalId, sentAt: current.sentAt, markSent };
}
