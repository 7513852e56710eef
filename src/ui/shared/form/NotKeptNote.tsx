import { MD, SM } from '@zendeskgarden/react-typography';
import { useWatch } from 'react-hook-form';
import type { CallFieldName } from '../../../calls/fields';
import { useI18n } from '../../../i18n/I18nProvider';
import { Stack } from '../layout';
import type { CallFormShape } from './formModel';

/** In place of a field Zendesk does not keep on this account: why it cannot be set, and what the agent typed in it. */
export function NotKeptNote({ name }: { name: CallFieldName }) {
  const { t } = useI18n();
  const value = useWatch<CallFormShape, `call.${CallFieldName}`>({ name: `call.${name}` });
  const typed = typeof value === 'string' ? value.trim() : value ? t('details.yes') : '';
  return (
    <Stack $gap="xxs" role="group" aria-label={t(`fields.${name}`)}>
      <MD isBold>{t(`fields.${name}`)}</MD>
      <SM>{t('form.notKeptNote')}</SM>
      {typed === '' ? null : <SM>{t('form.notKeptTyped', { value: typed })}</SM>}
    </Stack>
  );
}
