import { Suspense, lazy } from 'react';
import type { Notice } from './NoticesProvider';
import { NoticeToastFallback } from './NoticeToastFallback';

export interface NoticeToastProps {
  notice: Notice;
  dismissLabel: string;
  onDismiss: () => void;
}

// Notices follow what the agent did, never the first paint: Garden's notifications load with the first one.
const NoticeToast = lazy(async () => {
  try {
    return { default: (await import('./NoticeToast')).NoticeToast };
  } catch {
    return { default: NoticeToastFallback };
  }
});

/** One announcement in the notices' live region. */
export function LazyNoticeToast(props: NoticeToastProps) {
  return (
    <Suspense fallback={null}>
      <NoticeToast {...props} />
    </Suspense>
  );
}
