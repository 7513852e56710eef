import type { Direction } from '../../../calls/fields';
import { emptyCallFormValues } from '../../../calls/form/values';
import type { CallFormValues } from '../../../calls/form/values';
import { toZonedLocal } from '../../../calls/input/time';
import type { Session } from '../../shared/session/SessionProvider';
import type { CallFormShape } from '../../shared/form/formModel';

/** Inbound calls come from the customer to the company's line; outbound ones go the other way. */
function linesFor(direction: Direction, customer: string, company: string): { from_line: string; to_line: string } {
  return direction === 'inbound'
    ? { from_line: customer, to_line: company }
    : { from_line: company, to_line: customer };
}

/**
 * A new call as the agent most likely means it: an inbound call from the
 * ticket's requester to the company's line, starting now, taken by this
 * agent, shown on the ticket with the admin's choice of fields.
 */
export function logCallDefaults(
  session: Session,
  { now, timeZone, titleOf }: { now: number; timeZone: string; titleOf: (call: CallFormValues) => string },
): CallFormShape {
  const customer = session.requester?.phone ?? '';
  const lines = linesFor('inbound', customer, session.settings.companyLine ?? '');
  const id = (value: number | null | undefined) => (value === null || value === undefined ? '' : String(value));
  const call: CallFormValues = {
    ...emptyCallFormValues(),
    direction: 'inbound',
    ...lines,
    call_started_at: toZonedLocal(now, timeZone),
    agent_id: id(session.agent?.id),
    end_user_id: id(session.requester?.id),
    brand_id: id(session.brandId),
    ticket_id: String(session.ticketId),
  };
  return { call, comment: { add: true, title: titleOf(call), fields: session.settings.commentFields } };
}
