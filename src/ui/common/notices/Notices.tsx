import { Notification } from '@zendeskgarden/react-notifications';
import { useI18n } from '../../../i18n/I18nProvider';
import { Stack } from '../layout';
import { useNotices } from './NoticesProvider';

/** The current announcements, newest last; success and info are polite, the rest assertive. */
export function Notices() {
  const { notices, dismiss } = useNotices();
  const { t } = useI18n();
  return (
    <Stack aria-live="polite" $gap="xs">
      {notices.map((notice) => (
        <Notification key={notice.id} type={notice.type} role={notice.type === 'error' ? 'alert' : undefined}>
          {notice.text}
          <Notification.Close
            aria-label={t('notify.dismiss')}
            onClick={() => {
              dismiss(notice.id);
            }}
          />
        </Notification>
      ))}
    </Stack>
  );
}
