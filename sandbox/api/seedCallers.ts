// The seed's callers for phone look-ups (the top bar's flow): phones stored in
// several formats, a caller with open and solved tickets, two users sharing a
// number, and organizations. Kept apart from seed.ts so both grow without conflicts.

import type { SandboxOrganization, SandboxTicket, SandboxUser } from '../shared/types.ts';

export const CALLER_SEED = {
  organizations: { acme: 360000200001, becker: 360000200002 },
  callers: {
    /** E.164, two open tickets and a solved one. */
    olivia: 16444700000201,
    /** National, with spaces. */
    marcus: 16444700000202,
    /** National, with parentheses and dashes. */
    priya: 16444700000203,
    /** International with the 00 prefix. */
    klaus: 16444700000204,
    /** Jordan and Casey share one number (stored in two formats). */
    jordan: 16444700000205,
    casey: 16444700000206,
  },
  phones: {
    olivia: '+14155550142',
    marcus: '415 555 0143',
    priya: '(415) 555-0144',
    klaus: '0049 30 12345679',
    shared: '+14155550145',
    /** Casey's way of writing the shared number. */
    sharedAsCasey: '+1 415-555-0145',
  },
  /** Numbers no user has. */
  unknownPhones: ['+14155550150', '+442079460000'],
  tickets: { oliviaOpenOlder: 105, oliviaOpenNewer: 106, oliviaSolved: 107, priyaOpen: 108, caseyPending: 109 },
  nextTicketId: 110,
} as const;

const CREATED = '2024-02-01T10:00:00Z';

export const CALLER_ORGANIZATIONS: SandboxOrganization[] = [
  {
    id: CALLER_SEED.organizations.acme,
    name: 'Acme Logistics',
    domain_names: ['acme.example'],
    created_at: CREATED,
    updated_at: CREATED,
  },
  {
    id: CALLER_SEED.organizations.becker,
    name: 'Becker GmbH',
    domain_names: ['becker.example.de'],
    created_at: CREATED,
    updated_at: CREATED,
  },
];

function caller(
  id: number,
  name: string,
  email: string | null,
  phone: string,
  organizationId: number | null,
): SandboxUser {
  return {
    id,
    name,
    email: email ?? '',
    phone,
    role: 'end-user',
    locale: 'en-US',
    time_zone: 'Pacific Time (US & Canada)',
    iana_time_zone: 'America/Los_Angeles',
    identities: [
      ...(email === null
        ? []
        : [{ id: id + 1000, type: 'email' as const, value: email, verified: true, primary: true }]),
      { id: id + 2000, type: 'phone_number', value: phone, verified: true, primary: true },
    ],
    organization_id: organizationId,
    created_at: CREATED,
    updated_at: CREATED,
  };
}

const { callers, phones, organizations } = CALLER_SEED;

export const CALLER_USERS: SandboxUser[] = [
  caller(callers.olivia, 'Olivia Chen', 'olivia.chen@acme.example', phones.olivia, organizations.acme),
  caller(callers.marcus, 'Marcus Brown', 'marcus.brown@acme.example', phones.marcus, organizations.acme),
  caller(callers.priya, 'Priya Nair', 'priya.nair@example.com', phones.priya, null),
  {
    ...caller(callers.klaus, 'Klaus Becker', 'klaus.becker@becker.example.de', phones.klaus, organizations.becker),
    locale: 'de',
    time_zone: 'Berlin',
    iana_time_zone: 'Europe/Berlin',
  },
  caller(callers.jordan, 'Jordan Smith', 'jordan.smith@example.com', phones.shared, null),
  caller(callers.casey, 'Casey Smith', null, phones.sharedAsCasey, null),
];

function callerTicket(
  id: number,
  requesterId: number,
  subject: string,
  status: SandboxTicket['status'],
  createdAt: string,
  updatedAt: string,
): SandboxTicket {
  return {
    id,
    subject,
    description: subject,
    status,
    priority: 'normal',
    type: 'question',
    requester_id: requesterId,
    submitter_id: requesterId,
    assignee_id: null,
    brand_id: 360001234567,
    tags: [],
    via_channel: 'phone',
    created_at: createdAt,
    updated_at: updatedAt,
  };
}

const { tickets } = CALLER_SEED;

export const CALLER_TICKETS: SandboxTicket[] = [
  callerTicket(
    tickets.oliviaOpenOlder,
    callers.olivia,
    'Pallet missing from Tuesday delivery',
    'open',
    '2024-04-10T09:00:00Z',
    '2024-06-20T12:00:00Z',
  ),
  callerTicket(
    tickets.oliviaOpenNewer,
    callers.olivia,
    'Change the invoice address',
    'open',
    '2024-05-20T15:30:00Z',
    '2024-05-21T08:00:00Z',
  ),
  callerTicket(
    tickets.oliviaSolved,
    callers.olivia,
    'Tracking number does not work',
    'solved',
    '2024-02-05T11:00:00Z',
    '2024-02-06T10:00:00Z',
  ),
  callerTicket(
    tickets.priyaOpen,
    callers.priya,
    'Wrong item delivered',
    'open',
    '2024-06-02T13:00:00Z',
    '2024-06-02T13:00:00Z',
  ),
  callerTicket(
    tickets.caseyPending,
    callers.casey,
    'Waiting for the return label',
    'pending',
    '2024-06-05T10:00:00Z',
    '2024-06-06T10:00:00Z',
  ),
];
