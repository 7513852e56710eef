import { Button } from '@zendeskgarden/react-buttons';
import { Notification } from '@zendeskgarden/react-notifications';
import { useI18n } from '../../../i18n/I18nProvider';
import { Row } from '../layout';

/** Tells the agent the form holds what they typed before, and offers a clean start. */
export function DraftNotice({ onDiscard }: { onDiscard: () => void }) {
  const { t } = useI18n();
  return (
    <Notification type="info">
      <Row $gap="xs">
        <span>{t('form.draftRestored')}</span>
        <Button size="small" isLink onClick={onDiscard}>
          {t('form.discardDraft')}
        </Button>
      </Row>
    </Notification>
  );
}
