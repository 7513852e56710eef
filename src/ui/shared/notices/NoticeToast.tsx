import { Notification } from '@zendeskgarden/react-notifications';
import type { NoticeToastProps } from './LazyNoticeToast';

/** One announcement with its close button: Garden's notification, in the chunk the first notice fetches. */
export function NoticeToast({ notice, dismissLabel, onDismiss }: NoticeToastProps) {
  return (
    <Notification type={notice.type} role={notice.type === 'error' ? 'alert' : undefined}>
      {notice.text}
      <Notification.Close aria-label={dismissLabel} onClick={onDismiss} />
    </Notification>
  );
}
