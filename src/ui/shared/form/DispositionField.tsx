import { Field, Input } from '@zendeskgarden/react-forms';
import { Suspense, lazy } from 'react';
import type { Disposition } from '../../../calls/settings';

export interface DispositionFieldProps {
  label: string;
  value: string;
  onChange: (value: string) => void;
  /** The admin's list; empty: the agent types their own */
  options: readonly Disposition[];
  error: string | null;
  isCompact?: boolean;
}

// Only a location whose admin listed dispositions, and only once a form shows the field, pays for the combobox.
const DispositionCombobox = lazy(async () => ({
  default: (await import('./DispositionCombobox')).DispositionCombobox,
}));

function FreeTextDisposition({ label, value, onChange, error, isCompact }: DispositionFieldProps) {
  return (
    <Field>
      <Field.Label>{label}</Field.Label>
      <Input
        value={value}
        isCompact={isCompact}
        autoComplete="off"
        validation={error === null ? undefined : 'error'}
        onChange={(event) => {
          onChange(event.target.value);
        }}
      />
      {error === null ? null : <Field.Message validation="error">{error}</Field.Message>}
    </Field>
  );
}

/** The call's disposition: the admin's list in a filtering combobox, or free text without one. */
export function DispositionField(props: DispositionFieldProps) {
  if (props.options.length === 0) return <FreeTextDisposition {...props} />;
  return (
    // While the combobox loads (a moment), the same value can be typed.
    <Suspense fallback={<FreeTextDisposition {...props} />}>
      <DispositionCombobox {...props} />
    </Suspense>
  );
}
