import type { PhoneNormaliser } from '../input/phone';
import { send } from '../send';
import type { Transport } from '../transport';
import { identitiesPageSchema, userSearchPageSchema } from './schema';
import type { ApiUser } from './schema';

/** A Zendesk user whose phone is the number the agent typed. */
export interface Caller {
  id: number;
  name: string;
  email: string | null;
  organization: string | null;
}

/** The search query for one number: the value encoded, since "+" in a query string means a space. */
export function callerSearchUrl(e164: string): string {
  const query = new URLSearchParams({ query: `phone:${e164}`, include: 'organizations' });
  return `/api/v2/users/search?${query.toString()}`;
}

function phoneMatches(stored: unknown, e164: string, normalise: PhoneNormaliser): boolean {
  return typeof stored === 'string' && normalise(stored) === e164;
}

/**
 * The users whose phone is `e164`. People store numbers in many formats, so
 * each stored number is normalised (with the default country) before it is
 * compared; a user whose main phone does not match (the search found them by
 * another identity) has their identities read, the only extra request.
 */
export async function searchCallers(transport: Transport, e164: string, normalise: PhoneNormaliser): Promise<Caller[]> {
  const page = await send(transport, { method: 'GET', url: callerSearchUrl(e164) }, userSearchPageSchema);
  const organizations = new Map((page.organizations ?? []).map((org) => [org.id, org.name ?? null]));
  const matched: ApiUser[] = [];
  for (const user of page.users) {
    if (phoneMatches(user.phone, e164, normalise)) {
      matched.push(user);
      continue;
    }
    const { identities } = await send(
      transport,
      { method: 'GET', url: `/api/v2/users/${user.id}/identities` },
      identitiesPageSchema,
    );
    if (
      identities.some((identity) => identity.type === 'phone_number' && phoneMatches(identity.value, e164, normalise))
    )
      matched.push(user);
  }
  return matched.map((user) => ({
    id: user.id,
    name: user.name ?? '',
    email: user.email ?? null,
    organization:
      user.organization_id === null || user.organization_id === undefined
        ? null
        : (organizations.get(user.organization_id) ?? null),
  }));
}
