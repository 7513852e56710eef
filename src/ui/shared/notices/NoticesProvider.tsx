import { createContext, useCallback, useContext, useMemo, useRef, useState } from 'react';
import type { ReactNode } from 'react';

export type NoticeType = 'success' | 'info' | 'warning' | 'error';

export interface Notice {
  id: number;
  type: NoticeType;
  text: string;
}

interface NoticesValue {
  notices: readonly Notice[];
  notify: (type: NoticeType, text: string) => void;
  dismiss: (id: number) => void;
}

const NoticesContext = createContext<NoticesValue | null>(null);

/** How long a success stays; warnings and errors stay until dismissed. */
export const SUCCESS_NOTICE_MS = 8_000;

/**
 * Announcements that sit in the page's flow, not in a floating toast: the
 * sidebar iframe is exactly as tall as its content, so a fixed toast could
 * land outside what the agent has scrolled to.
 */
export function NoticesProvider({ children }: { children: ReactNode }) {
  const [notices, setNotices] = useState<Notice[]>([]);
  const lastId = useRef(0);
  const dismiss = useCallback((id: number) => {
    setNotices((current) => current.filter((notice) => notice.id !== id));
  }, []);
  const notify = useCallback(
    (type: NoticeType, text: string) => {
      lastId.current += 1;
      const id = lastId.current;
      setNotices((current) => [...current.filter((notice) => notice.text !== text), { id, type, text }]);
      if (type === 'success' || type === 'info') setTimeout(() => dismiss(id), SUCCESS_NOTICE_MS);
    },
    [dismiss],
  );
  const value = useMemo(() => ({ notices, notify, dismiss }), [notices, notify, dismiss]);
  return <NoticesContext.Provider value={value}>{children}</NoticesContext.Provider>;
}

export function useNotices(): NoticesValue {
  const value = useContext(NoticesContext);
  if (value === null) throw new Error('useNotices must be used inside <NoticesProvider>');
  return value;
}
