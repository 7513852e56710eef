import { Dots } from '@zendeskgarden/react-loaders';
import { Alert } from '@zendeskgarden/react-notifications';
import { useI18n } from '../../../i18n/I18nProvider';
import { Row } from '../../shared/layout';
import type { CreateCheck } from './useCreateCall';

/** While a create whose answer was lost is looked for, and once it has been looked for long enough. */
export function CreateCheckNotice({ check }: { check: CreateCheck }) {
  const { t } = useI18n();
  if (check === 'idle') return null;
  if (check === 'checking') {
    return (
      <Alert type="info" role="status">
        <Row $gap="xs">
          <Dots aria-hidden="true" />
          <span>{t('form.checkingStored')}</span>
        </Row>
      </Alert>
    );
  }
  return <Alert type="warning">{t('form.notStoredYet')}</Alert>;
}
