import { DIRECTIONS } from '../../../calls/fields';
import type { Direction } from '../../../calls/fields';
import { recordToFormValues } from '../../../calls/form/values';
import type { CallRecord } from '../../../calls/schema';
import type { Session } from '../../shared/session/SessionProvider';
import type { CallFormShape } from '../../shared/form/formModel';

/** The stored call as the form shows it; a voice comment only if the agent asks for one. */
export function updateCallDefaults(
  record: CallRecord,
  session: Session,
  title: (direction: Direction, number: string) => string,
): CallFormShape {
  const direction = DIRECTIONS.find((value) => value === record.direction) ?? 'inbound';
  const otherParty = (direction === 'inbound' ? record.from_line : record.to_line) ?? '';
  return {
    call: recordToFormValues(record, session.timeZone),
    comment: { add: false, title: title(direction, otherParty), fields: session.settings.commentFields },
  };
}
