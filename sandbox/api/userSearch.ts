// The subset of Zendesk's user search syntax a phone look-up needs:
// `phone:<value>`, `email:<value>`, `role:<role>`, `organization_id:<id>`,
// and free text matched against names and emails. Terms are ANDed.

import type { SandboxUser } from '../shared/types.ts';
import { samePhone } from './phoneMatch.ts';

export type SearchTerm =
  | { kind: 'phone'; value: string }
  | { kind: 'email'; value: string }
  | { kind: 'role'; value: string }
  | { kind: 'organization'; value: string }
  | { kind: 'text'; value: string };

const KEYWORDS: Record<string, SearchTerm['kind']> = {
  phone: 'phone',
  email: 'email',
  role: 'role',
  organization_id: 'organization',
};

/** Splits on spaces, keeping "quoted phrases" together. */
function tokens(query: string): string[] {
  return [...query.matchAll(/(\w+:)?"([^"]*)"|\S+/g)].map((match) =>
    match[2] !== undefined ? `${match[1] ?? ''}${match[2]}` : match[0],
  );
}

export function parseUserQuery(query: string): SearchTerm[] {
  return tokens(query).map((token): SearchTerm => {
    const colon = token.indexOf(':');
    const kind = colon > 0 ? KEYWORDS[token.slice(0, colon).toLowerCase()] : undefined;
    return kind ? { kind, value: token.slice(colon + 1) } : { kind: 'text', value: token };
  });
}

function phonesOf(user: SandboxUser): string[] {
  const identities = user.identities.filter((identity) => identity.type === 'phone_number').map(({ value }) => value);
  return user.phone === null ? identities : [user.phone, ...identities];
}

function matches(user: SandboxUser, term: SearchTerm): boolean {
  const value = term.value.toLowerCase();
  switch (term.kind) {
    case 'phone':
      return phonesOf(user).some((phone) => samePhone(phone, term.value));
    case 'email':
      return value !== '' && user.identities.some((identity) => identity.value.toLowerCase() === value);
    case 'role':
      return user.role === value;
    case 'organization':
      return String(user.organization_id) === term.value;
    case 'text':
      return user.name.toLowerCase().includes(value) || user.email.toLowerCase().includes(value);
  }
}

/** The users every term matches, in id order (the real ranking is unconfirmed). */
export function searchUsers(users: readonly SandboxUser[], query: string): SandboxUser[] {
  const terms = parseUserQuery(query);
  return users.filter((user) => terms.every((term) => matches(user, term))).sort((a, b) => a.id - b.id);
}
