import { useController } from 'react-hook-form';
import type { CallFieldName } from '../../../calls/fields';
import { useChangeField } from './CallFormProvider';
import { DateTimeInput } from './DateTimeInput';
import type { CallFormShape } from './formModel';

/** A call's date-time field (Started, Ended) in a call form, its changes passed through the form's followers. */
export function CallTimeInput({ name, validation }: { name: CallFieldName; validation: 'error' | undefined }) {
  const changeField = useChangeField();
  const {
    field: { ref, value, onChange, onBlur },
  } = useController<CallFormShape, `call.${CallFieldName}`>({ name: `call.${name}` });
  return (
    <DateTimeInput
      ref={ref}
      name={`call.${name}`}
      value={typeof value === 'string' ? value : ''}
      validation={validation}
      onChange={(next) => {
        void changeField(name, () => {
          onChange(next);
        });
      }}
      onBlur={onBlur}
    />
  );
}
