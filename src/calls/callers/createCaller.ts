import { invalidDetailsOf } from '../errorDetails';
import { isOutcomeUnknown, toCallApiError } from '../errors';
import { send } from '../send';
import type { Transport } from '../transport';
import { userEnvelopeSchema, userSearchPageSchema } from './schema';
import { callerSearchUrl } from './searchCallers';

/**
 * POST /api/v2/users: a caller Zendesk does not know yet, with the number in
 * E.164. When the answer is lost, a user with this name and number made just
 * now is looked for first, so trying again does not leave a duplicate.
 */
export async function createCaller(transport: Transport, name: string, phone: string): Promise<number> {
  const trimmed = name.trim();
  try {
    const { user } = await send(
      transport,
      { method: 'POST', url: '/api/v2/users', body: { user: { name: trimmed, phone } } },
      userEnvelopeSchema,
      invalidDetailsOf,
    );
    return user.id;
  } catch (error) {
    const failure = toCallApiError(error);
    if (!isOutcomeUnknown(failure.problem)) throw failure;
    const found = await send(transport, { method: 'GET', url: callerSearchUrl(phone) }, userSearchPageSchema).catch(
      () => null,
    );
    const user = found?.users.findLast((candidate) => candidate.name === trimmed && candidate.phone === phone);
    if (user === undefined) throw failure;
    return user.id;
  }
}
