import { Checkbox, Field, Input, Select, Textarea } from '@zendeskgarden/react-forms';
import type { ReactNode } from 'react';
import { useFormContext } from 'react-hook-form';
import { CALL_FIELDS } from '../../../calls/fields';
import type { CallFieldName } from '../../../calls/fields';
import { useI18n } from '../../../i18n/I18nProvider';
import styled from 'styled-components';
import { useChangeField } from './CallFormProvider';
import { CallDispositionInput } from './CallDispositionInput';
import { CallTimeInput } from './CallTimeInput';
import type { CallFormShape } from './formModel';
import { FieldHint } from './FieldHint';
import { useDateTimeExample } from './useDateTimeExample';
import { useFieldError } from './useFieldError';
import { useSession } from '../session/SessionProvider';

/** A label with a button at its end ("Now"), so the input below keeps the sidebar's whole width. */
const LabelRow = styled.div`
  display: flex;
  align-items: flex-end;
  justify-content: space-between;
  gap: ${({ theme }) => theme.space.xs};
`;

const INPUT_TYPES = {
  phone: { type: 'tel', inputMode: 'tel' },
  duration: { type: 'text', inputMode: 'numeric' },
  count: { type: 'text', inputMode: 'numeric' },
  id: { type: 'text', inputMode: 'numeric' },
  url: { type: 'url', inputMode: 'url' },
  text: { type: 'text' },
} as const;

/** Suggestions Zendesk documents for free-text fields; the agent may type anything else. */
const SUGGESTIONS: Partial<Record<CallFieldName, readonly string[]>> = {
  call_type: ['phone', 'digital'],
};

interface CallFieldInputProps {
  name: CallFieldName;
  /** A button beside the input, e.g. "Now" */
  action?: ReactNode;
}

/** One call field, labelled, with the input its type wants and its error under it. */
export function CallFieldInput({ name, action }: CallFieldInputProps) {
  const { t, has } = useI18n();
  const { register } = useFormContext<CallFormShape>();
  const changeField = useChangeField();
  const path = `call.${name}` as const;
  const registered = register(path);
  // The agent's edits go through the form's followers (the duration follows the times).
  const input = {
    ...registered,
    onChange: (event: Parameters<typeof registered.onChange>[0]) => {
      void changeField(name, () => registered.onChange(event));
    },
  };
  // An unreadable date-time is told with an example of the agent's pattern.
  const error = useFieldError(path, { example: useDateTimeExample() });
  const validation = error === null ? undefined : 'error';
  const { dispositions } = useSession().settings;
  const { type } = CALL_FIELDS[name];
  const label = t(`fields.${name}`);
  const message = error === null ? null : <Field.Message validation="error">{error}</Field.Message>;

  if (name === 'call_disposition' && dispositions.length > 0) return <CallDispositionInput error={error} />;

  if (type.kind === 'flag') {
    return (
      <Field>
        <Checkbox {...input}>
          <Field.Label isRegular>{label}</Field.Label>
        </Checkbox>
        {message}
      </Field>
    );
  }

  let control: ReactNode;
  if (type.kind === 'enum') {
    control = (
      <Select {...input} validation={validation}>
        <option value="">{t('form.notSet')}</option>
        {type.values.map((value) => {
          const key = `values.${name}.${value}`;
          return (
            <option key={value} value={value}>
              {has(key) ? t(key) : value}
            </option>
          );
        })}
      </Select>
    );
  } else if (type.kind === 'timestamp') {
    control = <CallTimeInput name={name} validation={validation} />;
  } else if (type.kind === 'longText') {
    control = <Textarea {...input} validation={validation} minRows={3} maxRows={12} isResizable />;
  } else {
    const suggestions = SUGGESTIONS[name];
    control = (
      <Input
        {...input}
        {...INPUT_TYPES[type.kind]}
        validation={validation}
        autoComplete="off"
        list={suggestions === undefined ? undefined : `suggestions-${name}`}
      />
    );
    if (suggestions !== undefined) {
      control = (
        <>
          {control}
          <datalist id={`suggestions-${name}`}>
            {suggestions.map((value) => (
              <option key={value} value={value} />
            ))}
          </datalist>
        </>
      );
    }
  }

  return (
    <Field>
      {action === undefined ? (
        <Field.Label>{label}</Field.Label>
      ) : (
        <LabelRow>
          <Field.Label>{label}</Field.Label>
          {action}
        </LabelRow>
      )}
      <FieldHint name={name} kind={type.kind} />
      {control}
      {message}
    </Field>
  );
}
