import { useEffect, useState } from 'react';
import { durationToInput } from '../../../calls/input/duration';
import { zonedLocalToIso } from '../../../calls/input/time';
import type { CallFormApi } from './formModel';

function secondsBetween(start: string, end: string, timeZone: string): number | null {
  const from = zonedLocalToIso(start, timeZone);
  const to = zonedLocalToIso(end, timeZone);
  if (from === null || to === null) return null;
  const seconds = Math.round((Date.parse(to) - Date.parse(from)) / 1000);
  return seconds >= 0 ? seconds : null;
}

/**
 * Fills `duration` from the start and end times until the agent types a
 * duration of their own. Returns whether the shown duration was worked out.
 */
export function useDerivedDuration(form: CallFormApi, timeZone: string): boolean {
  const [derived, setDerived] = useState(false);
  useEffect(() => {
    let typedByAgent = form.getValues('call.duration') !== '';
    const subscription = form.watch((values, { name, type }) => {
      if (name === 'call.duration' && type === 'change') {
        typedByAgent = true;
        setDerived(false);
        return;
      }
      if (typedByAgent || (name !== 'call.call_started_at' && name !== 'call.call_ended_at')) return;
      const seconds = secondsBetween(values.call?.call_started_at ?? '', values.call?.call_ended_at ?? '', timeZone);
      if (seconds === null) return;
      form.setValue('call.duration', durationToInput(seconds), { shouldDirty: true });
      setDerived(true);
    });
    return () => {
      subscription.unsubscribe();
    };
  }, [form, timeZone]);
  return derived;
}
