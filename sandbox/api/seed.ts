// The sandbox's starting data: deterministic, so tests and docs can name its ids.

import type { CallRecord, SandboxComment, SandboxState, SandboxTicket, SandboxUser } from '../shared/types.ts';
import { CALL_FIELD_NAMES } from './callFields.ts';
import { buildTextComment, buildVoiceComment } from './comments.ts';
import { withBenchTickets } from './seedBench.ts';
import { CALLER_ORGANIZATIONS, CALLER_SEED, CALLER_TICKETS, CALLER_USERS } from './seedCallers.ts';
import { longTicketSeed } from './seedLongTicket.ts';
import { zendeskTime } from './timestamps.ts';

export const SEED = {
  accountId: 9876543,
  appId: 1003048,
  brands: { support: 360001234567, telecom: 360001234568 },
  agents: { english: 1568991111, german: 1568991112, spanish: 1568991113 },
  endUsers: { maria: 16444700000101, jonas: 16444700000102, carmen: 16444700000103, sam: 16444700000104 },
  tickets: { noCalls: 101, twoCalls: 102, manyComments: 103, callInProgress: 104 },
  calls: {
    refundInbound: 16444799095826,
    refundOutbound: 16444799095827,
    routerFirst: 16444799095828,
    routerSecond: 16444799095829,
    routerThird: 16444799095830,
    inProgress: 16444799095831,
    withoutComment: 16444799095832,
  },
  /** Comments of the many-comments ticket, and where its voice comments sit among them (0-based). */
  manyComments: { total: 230, voiceAt: [2, 130, 225] },
  firstCommentId: 16444825011000,
  firstAuditId: 16444825100000,
  nextId: 16444900000000,
  nextTicketId: CALLER_SEED.nextTicketId,
} as const;

const DEFAULT_FIELDS = ['direction', 'from_line', 'to_line', 'call_started_at', 'duration', 'completion_status'];

function agent(
  id: number,
  name: string,
  email: string,
  role: SandboxUser['role'],
  locale: string,
  zone: [string, string],
): SandboxUser {
  return {
    id,
    name,
    email,
    phone: null,
    role,
    locale,
    time_zone: zone[0],
    iana_time_zone: zone[1],
    identities: [{ id: id + 7, type: 'email', value: email, verified: true, primary: true }],
    organization_id: null,
    created_at: '2023-05-02T09:00:00Z',
    updated_at: '2024-01-02T09:00:00Z',
  };
}

function endUser(
  id: number,
  name: string,
  email: string,
  phone: string,
  locale: string,
  zone: [string, string],
): SandboxUser {
  return {
    id,
    name,
    email,
    phone,
    role: 'end-user',
    locale,
    time_zone: zone[0],
    iana_time_zone: zone[1],
    identities: [
      { id: id + 1000, type: 'email', value: email, verified: true, primary: true },
      { id: id + 2000, type: 'phone_number', value: phone, verified: true, primary: true },
    ],
    organization_id: null,
    created_at: '2023-11-20T14:12:00Z',
    updated_at: '2024-01-15T10:00:00Z',
  };
}

function ticket(
  fields: Omit<SandboxTicket, 'status' | 'type' | 'tags' | 'via_channel' | 'submitter_id'> & Partial<SandboxTicket>,
): SandboxTicket {
  return {
    status: 'open',
    type: 'question',
    tags: [],
    via_channel: 'email',
    submitter_id: fields.requester_id,
    ...fields,
  };
}

function call(id: number, values: CallRecord, createdAt: string, updatedAt = createdAt): CallRecord {
  const record: CallRecord = { id, account_id: SEED.accountId, app_id: SEED.appId };
  for (const name of CALL_FIELD_NAMES) record[name] = null;
  return { ...record, ...values, created_at: createdAt, updated_at: updatedAt };
}

const users: SandboxUser[] = [
  agent(SEED.agents.english, 'Alex Morgan', 'alex.morgan@sandbox.example', 'admin', 'en-US', [
    'Eastern Time (US & Canada)',
    'America/New_York',
  ]),
  agent(SEED.agents.german, 'Lena Schmidt', 'lena.schmidt@sandbox.example', 'agent', 'de', ['Berlin', 'Europe/Berlin']),
  agent(SEED.agents.spanish, 'Lucía García', 'lucia.garcia@sandbox.example', 'agent', 'es', [
    'Madrid',
    'Europe/Madrid',
  ]),
  endUser(SEED.endUsers.maria, 'Maria Rossi', 'maria.rossi@example.com', '+14155550123', 'en-US', [
    'Pacific Time (US & Canada)',
    'America/Los_Angeles',
  ]),
  endUser(SEED.endUsers.jonas, 'Jonas Weber', 'jonas.weber@example.de', '+493012345678', 'de', [
    'Berlin',
    'Europe/Berlin',
  ]),
  endUser(SEED.endUsers.carmen, 'Carmen Ruiz', 'carmen.ruiz@example.es', '+34911234567', 'es', [
    'Madrid',
    'Europe/Madrid',
  ]),
  endUser(SEED.endUsers.sam, 'Sam Patel', 'sam.patel@example.co.uk', '+447911123456', 'en-GB', [
    'London',
    'Europe/London',
  ]),
];

const COMPANY_LINE = '+18005550199';

const calls: CallRecord[] = [
  call(
    SEED.calls.refundInbound,
    {
      ticket_id: SEED.tickets.twoCalls,
      agent_id: SEED.agents.german,
      end_user_id: SEED.endUsers.jonas,
      brand_id: SEED.brands.support,
      from_line: '+493012345678',
      to_line: COMPANY_LINE,
      direction: 'inbound',
      call_started_at: '2024-01-17T18:20:00Z',
      call_ended_at: '2024-01-17T18:29:12Z',
      duration: 552,
      talk_time: 501,
      hold_time: 30,
      wait_time: 21,
      completion_status: 'completed',
      call_disposition: 'refund requested',
      recording_url: 'https://recordings.example.com/16444799095826.mp3',
      call_type: 'phone',
      queue_name: 'Billing',
    },
    '2024-01-17T18:20:03Z',
    '2024-01-17T18:29:30Z',
  ),
  call(
    SEED.calls.refundOutbound,
    {
      ticket_id: SEED.tickets.twoCalls,
      agent_id: SEED.agents.german,
      end_user_id: SEED.endUsers.jonas,
      brand_id: SEED.brands.support,
      from_line: COMPANY_LINE,
      to_line: '+493012345678',
      direction: 'outbound',
      call_started_at: '2024-01-18T09:05:00Z',
      call_ended_at: '2024-01-18T09:08:40Z',
      duration: 220,
      talk_time: 220,
      completion_status: 'completed',
      call_disposition: 'problem solved',
      call_type: 'phone',
    },
    '2024-01-18T09:05:02Z',
    '2024-01-18T09:09:00Z',
  ),
  call(
    SEED.calls.routerFirst,
    {
      ticket_id: SEED.tickets.manyComments,
      agent_id: SEED.agents.spanish,
      end_user_id: SEED.endUsers.carmen,
      from_line: '+34911234567',
      to_line: COMPANY_LINE,
      direction: 'inbound',
      call_started_at: '2024-03-04T08:34:00Z',
      call_ended_at: '2024-03-04T08:51:00Z',
      duration: 1020,
      completion_status: 'completed',
      call_disposition: 'escalated',
    },
    '2024-03-04T08:34:00Z',
  ),
  call(
    SEED.calls.routerSecond,
    {
      ticket_id: SEED.tickets.manyComments,
      agent_id: SEED.agents.spanish,
      end_user_id: SEED.endUsers.carmen,
      from_line: COMPANY_LINE,
      to_line: '+34911234567',
      direction: 'outbound',
      call_started_at: '2024-03-05T20:45:00Z',
      completion_status: 'abandoned_in_queue',
      duration: 45,
    },
    '2024-03-05T20:45:00Z',
  ),
  call(
    SEED.calls.routerThird,
    {
      ticket_id: SEED.tickets.manyComments,
      agent_id: SEED.agents.english,
      end_user_id: SEED.endUsers.carmen,
      from_line: '+34911234567',
      to_line: COMPANY_LINE,
      direction: 'inbound',
      call_started_at: '2024-03-06T23:30:00Z',
      call_ended_at: '2024-03-06T23:43:30Z',
      duration: 810,
      completion_status: 'completed',
      call_disposition: 'problem solved',
      transcript: 'Agent: Hello, how can I help?\nCaller: The router works now, thank you.',
    },
    '2024-03-06T23:30:00Z',
  ),
  call(
    SEED.calls.inProgress,
    {
      ticket_id: SEED.tickets.callInProgress,
      agent_id: SEED.agents.english,
      end_user_id: SEED.endUsers.sam,
      from_line: '+447911123456',
      to_line: COMPANY_LINE,
      direction: 'inbound',
      call_started_at: '2024-06-10T14:02:00Z',
      call_type: 'phone',
      queue_name: 'Billing',
    },
    '2024-06-10T14:02:01Z',
  ),
  call(
    SEED.calls.withoutComment,
    {
      from_line: '+14155550123',
      to_line: COMPANY_LINE,
      direction: 'inbound',
      call_started_at: '2024-02-01T07:00:00Z',
      completion_status: 'abandoned_in_ivr',
      ivr_hops: 2,
      ivr_time_spent: 40,
    },
    '2024-02-01T07:00:05Z',
  ),
];

const tickets: SandboxTicket[] = [
  ticket({
    id: SEED.tickets.noCalls,
    subject: 'Cannot log in to the customer portal',
    description: 'Hi, since yesterday the portal says my password is wrong, but I have not changed it.',
    priority: 'normal',
    requester_id: SEED.endUsers.maria,
    assignee_id: SEED.agents.english,
    brand_id: SEED.brands.support,
    tags: ['login', 'portal'],
    created_at: '2024-01-10T08:15:00Z',
    updated_at: '2024-01-10T09:02:00Z',
  }),
  ticket({
    id: SEED.tickets.twoCalls,
    subject: 'Refund for order #48213',
    description: 'I was charged twice for order #48213. Please refund one of the payments.',
    priority: 'high',
    type: 'incident',
    requester_id: SEED.endUsers.jonas,
    assignee_id: SEED.agents.german,
    brand_id: SEED.brands.support,
    tags: ['billing', 'refund'],
    created_at: '2024-01-17T16:40:00Z',
    updated_at: '2024-01-18T09:09:00Z',
  }),
  ticket({
    id: SEED.tickets.manyComments,
    subject: 'Router keeps dropping the connection',
    description: 'My router loses the connection every few minutes.',
    priority: 'normal',
    type: 'problem',
    requester_id: SEED.endUsers.carmen,
    assignee_id: SEED.agents.spanish,
    brand_id: SEED.brands.telecom,
    tags: ['router', 'connectivity'],
    created_at: '2024-03-04T08:00:00Z',
    updated_at: '2024-03-07T00:53:00Z',
  }),
  ticket({
    id: SEED.tickets.callInProgress,
    subject: 'Billing line: caller on the phone now',
    description: 'Call in progress.',
    status: 'new',
    priority: 'urgent',
    requester_id: SEED.endUsers.sam,
    assignee_id: SEED.agents.english,
    brand_id: SEED.brands.support,
    tags: ['phone'],
    via_channel: 'voice',
    created_at: '2024-06-10T14:02:01Z',
    updated_at: '2024-06-10T14:02:01Z',
  }),
];

const CHATTER = [
  'The connection dropped again at {t}.',
  'Thanks, could you restart the router and send me the light pattern on the front?',
  'Restarted it. The internet light is blinking orange.',
  'I have reset your line from our side. Please check again in ten minutes.',
  'Still dropping, about every five minutes.',
];

function seedComments(appName: string): SandboxComment[] {
  let nextCommentId: number = SEED.firstCommentId;
  let nextAuditId: number = SEED.firstAuditId;
  const comments: SandboxComment[] = [];
  const text = (ticketId: number, authorId: number, body: string, createdAt: string, isPublic = true) =>
    comments.push(
      buildTextComment({ id: nextCommentId++, auditId: nextAuditId++, ticketId, authorId, body, isPublic, createdAt }),
    );
  const voice = (callId: number, title: string, createdAt: string) => {
    const record = calls.find((candidate) => candidate.id === callId);
    if (!record || typeof record.ticket_id !== 'number' || typeof record.agent_id !== 'number') return;
    comments.push(
      buildVoiceComment({
        id: nextCommentId++,
        auditId: nextAuditId++,
        ticketId: record.ticket_id,
        call: record,
        title,
        callFields: DEFAULT_FIELDS,
        requestedAuthorId: null,
        requesterAgentId: record.agent_id,
        appName,
        createdAt,
      }),
    );
  };

  for (const seeded of tickets) {
    if (seeded.id !== SEED.tickets.manyComments)
      text(seeded.id, seeded.requester_id, seeded.description, seeded.created_at);
  }
  text(
    SEED.tickets.noCalls,
    SEED.agents.english,
    'Hi Maria, I have sent you a password reset link. Does it work?',
    '2024-01-10T09:02:00Z',
  );
  voice(SEED.calls.refundInbound, 'Call about the double charge', '2024-01-17T18:29:30Z');
  text(
    SEED.tickets.twoCalls,
    SEED.agents.german,
    'Refund approved, calling the customer back tomorrow.',
    '2024-01-17T18:35:00Z',
    false,
  );
  voice(SEED.calls.refundOutbound, 'Callback: refund confirmed', '2024-01-18T09:09:00Z');
  voice(SEED.calls.inProgress, 'Incoming call', '2024-06-10T14:02:01Z');

  const routerCalls = [SEED.calls.routerFirst, SEED.calls.routerSecond, SEED.calls.routerThird];
  const start = Date.parse('2024-03-04T08:00:00Z');
  for (let index = 0; index < SEED.manyComments.total; index++) {
    const createdAt = zendeskTime(new Date(start + index * 17 * 60_000));
    const voiceIndex = (SEED.manyComments.voiceAt as readonly number[]).indexOf(index);
    const callId = routerCalls[voiceIndex];
    if (callId !== undefined) {
      voice(callId, `Router call ${voiceIndex + 1}`, createdAt);
      continue;
    }
    const fromCustomer = index % 2 === 0;
    const line =
      index === 0 ? 'My router loses the connection every few minutes.' : (CHATTER[index % CHATTER.length] ?? '');
    const body = `#${index + 1}: ${line.replace('{t}', createdAt.slice(11, 16))}`;
    text(SEED.tickets.manyComments, fromCustomer ? SEED.endUsers.carmen : SEED.agents.spanish, body, createdAt);
  }
  // Last, so the ids of the comments above stay what tests and docs name.
  for (const seeded of CALLER_TICKETS) text(seeded.id, seeded.requester_id, seeded.description, seeded.created_at);
  return comments;
}

/** A fresh copy of the seed; `appName` is what voice comments name as their app. */
function coreSeedState(appName: string): SandboxState {
  const long = longTicketSeed(
    {
      ...SEED,
      agentId: SEED.agents.english,
      requesterId: SEED.endUsers.sam,
      brandId: SEED.brands.support,
      companyLine: COMPANY_LINE,
    },
    appName,
  );
  return structuredClone({
    version: 1,
    accountId: SEED.accountId,
    subdomain: 'sandbox',
    nextId: SEED.nextId,
    nextTicketId: SEED.nextTicketId,
    brands: [
      { id: SEED.brands.support, name: 'Sandbox Support', subdomain: 'sandbox' },
      { id: SEED.brands.telecom, name: 'Sandbox Telecom', subdomain: 'sandbox-telecom' },
    ],
    organizations: CALLER_ORGANIZATIONS,
    users: [...users, ...CALLER_USERS],
    tickets: [...tickets, ...CALLER_TICKETS, long.ticket],
    calls: [...calls, ...long.calls],
    comments: [...seedComments(appName), ...long.comments],
    app: { appId: SEED.appId, settings: {} },
    api: { strict: false },
  } satisfies SandboxState);
}

/** A fresh copy of the seed, with the bench's tickets (seedBench.ts). */
export const createSeedState = (appName: string): SandboxState => withBenchTickets(coreSeedState(appName), appName);
