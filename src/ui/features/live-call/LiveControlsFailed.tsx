import { Button } from '@zendeskgarden/react-buttons';
import { useI18n } from '../../../i18n/I18nProvider';
import { Stack } from '../../shared/layout';
import { Callout } from '../../shared/notices/Callout';

/** A live call whose controls could not be fetched: why, and a way to fetch them again in place. */
export function LiveControlsFailed({ onRetry }: { onRetry: () => void }) {
  const { t } = useI18n();
  return (
    <Callout type="error" role="alert" title={t('live.controlsFailed.title')}>
      <Stack $gap="xs">
        <span>{t('live.controlsFailed.body')}</span>
        <div>
          <Button size="small" onClick={onRetry}>
            {t('problems.retry')}
          </Button>
        </div>
      </Stack>
    </Callout>
  );
}
