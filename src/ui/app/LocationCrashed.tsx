import { Button } from '@zendeskgarden/react-buttons';
import { useI18n } from '../../i18n/I18nProvider';
import { Stack } from '../shared/layout';
import { Callout } from '../shared/notices/Callout';

/** What a location shows when its code failed to render or to load: what happened, and a way back. */
export function LocationCrashed() {
  const { t } = useI18n();
  return (
    <Callout type="error" role="alert" title={t('shell.crashed.title')}>
      <Stack $gap="xs">
        <span>{t('shell.crashed.body')}</span>
        <div>
          <Button
            size="small"
            onClick={() => {
              window.location.reload();
            }}
          >
            {t('shell.crashed.reload')}
          </Button>
        </div>
      </Stack>
    </Callout>
  );
}
