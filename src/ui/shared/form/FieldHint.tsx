import { Field } from '@zendeskgarden/react-forms';
import { useFormState, useWatch } from 'react-hook-form';
import type { CallFieldName } from '../../../calls/fields';
import type { FieldKind } from '../../../calls/fieldTypes';
import { parseDuration } from '../../../calls/input/duration';
import { timeZoneName } from '../../../calls/input/timeText';
import { useI18n } from '../../../i18n/I18nProvider';
import { useSession } from '../session/SessionProvider';
import { useCallFormTools } from './CallFormTools';
import { workedOutDuration } from './followers';
import type { CallFormShape } from './formModel';

/** Says so when the call's duration shows what its start and end times give, not what it started with. */
function useDurationWorkedOut(name: CallFieldName, text: string): boolean {
  const { timeZone } = useCallFormTools();
  const [start, end] = useWatch<CallFormShape, ['call.call_started_at', 'call.call_ended_at']>({
    name: ['call.call_started_at', 'call.call_ended_at'],
  });
  const { dirtyFields } = useFormState<CallFormShape>({ name: 'call.duration' });
  return (
    name === 'duration' &&
    dirtyFields.call?.duration === true &&
    text === workedOutDuration({ call_started_at: start, call_ended_at: end }, timeZone)
  );
}

/** The line under a label that says what the field takes, and what the typed text will be saved as. */
export function FieldHint({ name, kind }: { name: CallFieldName; kind: FieldKind }) {
  const { t, format } = useI18n();
  const { normalisePhone, timeZone } = useCallFormTools();
  const { defaultCountry } = useSession().settings;
  const value = useWatch<CallFormShape, `call.${CallFieldName}`>({ name: `call.${name}` });
  const text = typeof value === 'string' ? value.trim() : '';
  const workedOut = useDurationWorkedOut(name, text);

  switch (kind) {
    case 'phone': {
      const number = text === '' ? null : normalisePhone(text);
      // What will be saved is news only when it is not what the agent typed.
      if (number === text) return null;
      if (number !== null) return <Field.Hint>{t('form.phoneHint', { number })}</Field.Hint>;
      return defaultCountry === null ? null : (
        <Field.Hint>{t('form.phoneTypeHint', { country: defaultCountry })}</Field.Hint>
      );
    }
    case 'timestamp':
      return <Field.Hint>{t('form.timeZoneHint', { timeZone: timeZoneName(timeZone, format.locale) })}</Field.Hint>;
    case 'duration': {
      if (workedOut) return <Field.Hint>{t('form.durationDerived')}</Field.Hint>;
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
