import { Button } from '@zendeskgarden/react-buttons';
import { Alert } from '@zendeskgarden/react-notifications';
import { useI18n } from '../../i18n/I18nProvider';
import { Stack } from '../shared/layout';

/** What a location shows when its code failed to render or to load: what happened, and a way back. */
export function LocationCrashed() {
  const { t } = useI18n();
  return (
    <Alert type="error" role="alert">
      <Alert.Title>{t('app.crashed.title')}</Alert.Title>
      <Stack $gap="xs">
        <span>{t('app.crashed.body')}</span>
        <div>
          <Button
            size="small"
            onClick={() => {
              window.location.reload();
            }}
          >
            {t('app.crashed.reload')}
          </Button>
        </div>
      </Stack>
    </Alert>
  );
}
