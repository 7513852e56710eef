import { useController } from 'react-hook-form';
import { useI18n } from '../../../i18n/I18nProvider';
import { useSession } from '../session/SessionProvider';
import { useChangeField } from './CallFormProvider';
import { DispositionField } from './DispositionField';
import type { CallFormShape } from './formModel';

/** A call form's disposition when the admin listed dispositions: the wrap-up's combobox, in the form. */
export function CallDispositionInput({ error }: { error: string | null }) {
  const { t } = useI18n();
  const { dispositions } = useSession().settings;
  const changeField = useChangeField();
  const {
    field: { value, onChange },
  } = useController<CallFormShape, 'call.call_disposition'>({ name: 'call.call_disposition' });
  return (
    <DispositionField
      label={t('fields.call_disposition')}
      value={value}
      options={dispositions}
      error={error}
      onChange={(next) => {
        void changeField('call_disposition', () => {
          onChange(next);
        });
      }}
    />
  );
}
