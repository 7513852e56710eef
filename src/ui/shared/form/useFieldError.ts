import { get, useFormState } from 'react-hook-form';
import type { FieldPath } from 'react-hook-form';
import { useI18n } from '../../../i18n/I18nProvider';
import type { Vars } from '../../../i18n/translate';
import type { CallFormShape } from './formModel';

/**
 * The message to show under a field: our own checks give translation keys,
 * Zendesk's 422 details give its own sentence, shown as it came.
 */
export function useFieldError(path: FieldPath<CallFormShape>, vars?: Vars): string | null {
  const { errors } = useFormState<CallFormShape>({ name: path });
  const { t, has } = useI18n();
  const message: unknown = get(errors, `${path}.message`);
  if (typeof message !== 'string' || message === '') return null;
  return has(message) ? t(message, vars) : message;
}
