import { Notification } from '@zendeskgarden/react-notifications';
import { useI18n } from '../../../i18n/I18nProvider';
import styled from 'styled-components';
import { Stack } from '../layout';

// The live region is always in the page, so what is added later is read out; empty, it takes no room.
const Region = styled(Stack)`
  &:not(:empty) {
    margin-block-start: ${({ theme }) => theme.space.sm};
  }
`;
import { useNotices } from './NoticesProvider';

/** The current announcements, newest last; success and info are polite, the rest assertive. */
export function Notices() {
  const { notices, dismiss } = useNotices();
  const { t } = useI18n();
  return (
    <Region aria-live="polite" $gap="xs">
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
    </Region>
  );
}
