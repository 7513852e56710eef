import { recordToFormValues } from '../../../calls/form/values';
import type { CallFormValues } from '../../../calls/form/values';
import type { CallRecord } from '../../../calls/schema';
import type { Session } from '../../shared/session/SessionProvider';
import type { CallFormShape } from '../../shared/form/formModel';

/** The stored call as the form shows it; a voice comment only if the agent asks for one. */
export function updateCallDefaults(
  record: CallRecord,
  session: Session,
  { timeZone, titleOf }: { timeZone: string; titleOf: (call: CallFormValues) => string },
): CallFormShape {
  const call = recordToFormValues(record, timeZone);
  return { call, comment: { add: false, title: titleOf(call), fields: session.settings.commentFields } };
}
