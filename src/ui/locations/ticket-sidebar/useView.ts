import { useCallback, useState } from 'react';
import * as z from 'zod/mini';

/** Where the agent is in the sidebar; kept for the browser tab, so a reload returns to the same place. */
export type View =
  { name: 'list' } | { name: 'log' } | { name: 'call'; callId: number } | { name: 'update'; callId: number };

const viewSchema = z.union([
  z.object({ name: z.literal('list') }),
  z.object({ name: z.literal('log') }),
  z.object({ name: z.literal('call'), callId: z.number() }),
  z.object({ name: z.literal('update'), callId: z.number() }),
]);

function readView(key: string): View {
  try {
    const parsed = viewSchema.safeParse(JSON.parse(window.sessionStorage.getItem(key) ?? 'null'));
    return parsed.success ? parsed.data : { name: 'list' };
  } catch {
    return { name: 'list' };
  }
}

export function useView(storageKey: string): [View, (view: View) => void] {
  const [view, setView] = useState<View>(() => readView(storageKey));
  const show = useCallback(
    (next: View) => {
      setView(next);
      try {
        window.sessionStorage.setItem(storageKey, JSON.stringify(next));
      } catch {
        // Without session storage a reload starts from the list; nothing else is lost.
      }
    },
    [storageKey],
  );
  return [view, show];
}
