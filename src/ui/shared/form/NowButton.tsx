import { Button } from '@zendeskgarden/react-buttons';
import { useFormContext } from 'react-hook-form';
import { toZonedLocal } from '../../../calls/input/time';
import { useCallFormTools } from './CallFormTools';
import type { CallFormShape } from './formModel';

/** Sets a time field to this moment, in the agent's time zone ("Now", "Ended now"). */
export function NowButton({ field, label }: { field: 'call_started_at' | 'call_ended_at'; label: string }) {
  const { setValue } = useFormContext<CallFormShape>();
  const { timeZone } = useCallFormTools();
  return (
    <Button
      size="small"
      onClick={() => {
        setValue(`call.${field}`, toZonedLocal(Date.now(), timeZone), { shouldDirty: true, shouldValidate: true });
      }}
    >
      {label}
    </Button>
  );
}
