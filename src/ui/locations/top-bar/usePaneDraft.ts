import { useCallback, useRef, useState } from 'react';
import { EMPTY_PANE_DRAFT, paneDraftKey, readPaneDraft, writePaneDraft } from './paneDraft';
import type { PaneDraft } from './paneDraft';

export interface PaneDraftState {
  draft: PaneDraft;
  /** Changes some of the draft and keeps it at once, so a reload right after loses nothing */
  update: (change: Partial<PaneDraft>) => void;
  /** The call is logged: the next one starts afresh */
  clear: () => void;
}

/** The pane's draft, kept in storage per installation (see paneDraft.ts). */
export function usePaneDraft(installationId: number | null): PaneDraftState {
  const key = paneDraftKey(installationId);
  const [draft, setDraft] = useState(() => readPaneDraft(key));
  // Two changes in one event (the number and a pick) must build on each other, not on the render's copy.
  const latest = useRef(draft);
  const keep = useCallback(
    (next: PaneDraft) => {
      latest.current = next;
      writePaneDraft(key, next);
      setDraft(next);
    },
    [key],
  );
  const update = useCallback(
    (change: Partial<PaneDraft>) => {
      keep({ ...latest.current, ...change });
    },
    [keep],
  );
  const clear = useCallback(() => {
    keep(EMPTY_PANE_DRAFT);
  }, [keep]);
  return { draft, update, clear };
}
