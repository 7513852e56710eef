import { Button } from '@zendeskgarden/react-buttons';
import type { CallFieldName } from '../../../calls/fields';
import { useI18n } from '../../../i18n/I18nProvider';
import { Stack } from '../../shared/layout';
import { Callout } from '../../shared/notices/Callout';

/** Logged, but Zendesk answered without some fields sent: which, and a fresh pane for the next call. */
export function LoggedNotKept({
  ticketId,
  notKept,
  onNext,
}: {
  ticketId: number;
  notKept: readonly CallFieldName[];
  onNext: () => void;
}) {
  const { t } = useI18n();
  const fields = notKept.map((name) => t(`fields.${name}`)).join(', ');
  return (
    <Callout type="warning" role="status">
      <Stack $gap="xs">
        <span>{t('topBar.notKept', { ticketId, fields })}</span>
        <div>
          <Button size="small" onClick={onNext}>
            {t('topBar.next')}
          </Button>
        </div>
      </Stack>
    </Callout>
  );
}
