import { Tag } from '@zendeskgarden/react-tags';
import { COMPLETION_STATUSES } from '../../calls/fields';
import type { CallRecord } from '../../calls/schema';
import { useI18n } from '../../i18n/I18nProvider';

/** In progress until the call has a completion status; Zendesk's newer statuses are shown as they come. */
export function StatusTag({ call }: { call: Pick<CallRecord, 'completion_status'> }) {
  const { t } = useI18n();
  const status = call.completion_status ?? '';
  if (status === '') return <Tag hue="yellow">{t('card.inProgress')}</Tag>;
  const known = COMPLETION_STATUSES.find((value) => value === status);
  if (known === undefined) return <Tag hue="grey">{status}</Tag>;
  return <Tag hue={known === 'completed' ? 'green' : 'red'}>{t(`values.completion_status.${known}`)}</Tag>;
}
