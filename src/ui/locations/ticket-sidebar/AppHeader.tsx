import { Alert } from '@zendeskgarden/react-notifications';
import { SM } from '@zendeskgarden/react-typography';
import { useI18n } from '../../../i18n/I18nProvider';
import { Stack } from '../../shared/layout';
import { useSession } from '../../shared/session/SessionProvider';

/** The app's own id, and what keeps it from working as it should. */
export function AppHeader() {
  const { t } = useI18n();
  const { appId, settings } = useSession();
  return (
    <Stack $gap="xs">
      <SM>{appId === 0 ? t('app.appId', { appId: '—' }) : t('app.appId', { appId })}</SM>
      {appId === 0 ? (
        <Alert type="warning">
          <Alert.Title>{t('app.missingAppId.title')}</Alert.Title>
          {t('app.missingAppId.body')}
        </Alert>
      ) : null}
      {settings.problems.map((problem) => (
        <Alert type="warning" key={problem.setting}>
          {problem.setting === 'default_country'
            ? t('app.badCountrySetting', { value: problem.value })
            : problem.setting === 'comment_fields'
              ? t('app.badFieldsSetting', { names: problem.unknownNames.join(', ') })
              : t('app.badLineSetting', { value: problem.value })}
        </Alert>
      ))}
    </Stack>
  );
}
