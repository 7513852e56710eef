import { Field } from '@zendeskgarden/react-forms';
import { useWatch } from 'react-hook-form';
import type { CallFieldName } from '../../../calls/fields';
import type { FieldKind } from '../../../calls/fieldTypes';
import { parseDuration } from '../../../calls/input/duration';
import { useI18n } from '../../../i18n/I18nProvider';
import { useCallFormTools } from './CallFormTools';
import type { CallFormShape } from './formModel';

/** The line under a label that says what the field takes, and what the typed text will be saved as. */
export function FieldHint({ name, kind }: { name: CallFieldName; kind: FieldKind }) {
  const { t, format } = useI18n();
  const { normalisePhone, timeZone, defaultCountry } = useCallFormTools();
  const value = useWatch<CallFormShape, `call.${CallFieldName}`>({ name: `call.${name}` });
  const text = typeof value === 'string' ? value.trim() : '';

  switch (kind) {
    case 'phone': {
      const number = text === '' ? null : normalisePhone(text);
      if (number !== null) return <Field.Hint>{t('form.phoneHint', { number })}</Field.Hint>;
      return defaultCountry === null ? null : (
        <Field.Hint>{t('form.phoneTypeHint', { country: defaultCountry })}</Field.Hint>
      );
    }
    case 'timestamp':
      return <Field.Hint>{t('form.timeZoneHint', { timeZone })}</Field.Hint>;
    case 'duration': {
      const seconds = text === '' ? null : parseDuration(text);
      return (
        <Field.Hint>
          {seconds === null ? t('form.durationHint') : t('form.durationValue', { duration: format.duration(seconds) })}
        </Field.Hint>
      );
    }
    default:
      return null;
  }
}
