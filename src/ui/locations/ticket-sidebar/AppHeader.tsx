import { getColor } from '@zendeskgarden/react-theming';
import { SM } from '@zendeskgarden/react-typography';
import styled from 'styled-components';
import { useI18n } from '../../../i18n/I18nProvider';
import { Stack } from '../../shared/layout';
import { Callout } from '../../shared/notices/Callout';
import { useSession } from '../../shared/session/SessionProvider';

/** What keeps the app from working as it should; nothing at all when it is set up right. */
export function AppHeader() {
  const { t } = useI18n();
  const { appId, settings } = useSession();
  if (appId !== 0 && settings.problems.length === 0) return null;
  return (
    <Stack $gap="xs">
      {appId === 0 ? (
        <Callout type="warning" title={t('shell.missingAppId.title')}>
          {t('shell.missingAppId.body')}
        </Callout>
      ) : null}
      {settings.problems.map((problem) => (
        <Callout type="warning" key={problem.setting}>
          {problem.setting === 'default_country'
            ? t('sidebar.badCountrySetting', { value: problem.value })
            : problem.setting === 'comment_fields'
              ? t('sidebar.badFieldsSetting', { names: problem.unknownNames.join(', ') })
              : t('sidebar.badLineSetting', { value: problem.value })}
        </Callout>
      ))}
    </Stack>
  );
}

const Quiet = styled(SM)`
  color: ${({ theme }) => getColor({ theme, variable: 'foreground.subtle' })};
`;

/** The app's own id, which every call it logs carries: quiet text at the foot of every view. */
export function AppFooter() {
  const { t } = useI18n();
  const { appId } = useSession();
  return (
    <footer>
      <Quiet>{t('sidebar.appId', { appId: appId === 0 ? '—' : appId })}</Quiet>
    </footer>
  );
}
