import { Button } from '@zendeskgarden/react-buttons';
import { useFormContext } from 'react-hook-form';
import { toZonedLocal } from '../../../calls/input/time';
import { useCallFormTools } from './CallFormTools';
import { useChangeField } from './CallFormProvider';
import type { CallFormShape } from './formModel';

/** Sets a time field to this moment, in the agent's time zone ("Now"; "Ended now" also preselects "completed"). */
export function NowButton({ field, label }: { field: 'call_started_at' | 'call_ended_at'; label: string }) {
  const { setValue, getValues } = useFormContext<CallFormShape>();
  const { timeZone } = useCallFormTools();
  const changeField = useChangeField();
  return (
    <Button
      size="small"
      onClick={() => {
        void changeField(field, () => {
          setValue(`call.${field}`, toZonedLocal(Date.now(), timeZone), { shouldDirty: true, shouldValidate: true });
          // A call that ended now was, unless the agent says otherwise, completed.
          if (field === 'call_ended_at' && getValues('call.completion_status') === '') {
            setValue('call.completion_status', 'completed', { shouldDirty: true });
          }
        });
      }}
    >
      {label}
    </Button>
  );
}
