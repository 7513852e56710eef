import { useI18n } from '../../../i18n/I18nProvider';
import styled from 'styled-components';
import { Stack } from '../layout';
import { LazyNoticeToast } from './LazyNoticeToast';
import { useNotices } from './NoticesProvider';

// The live region is always in the page, so what is added later is read out; empty, it takes no room.
const Region = styled(Stack)`
  &:not(:empty) {
    margin-block-start: ${({ theme }) => theme.space.sm};
  }
`;

/** The current announcements, newest last; success and info are polite, the rest assertive. */
export function Notices() {
  const { notices, dismiss } = useNotices();
  const { t } = useI18n();
  return (
    <Region aria-live="polite" $gap="xs">
      {notices.map((notice) => (
        <LazyNoticeToast
          key={notice.id}
          notice={notice}
          dismissLabel={t('notify.dismiss')}
          onDismiss={() => {
            dismiss(notice.id);
          }}
        />
      ))}
    </Region>
  );
}
