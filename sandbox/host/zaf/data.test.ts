import { describe, expect, it } from 'vitest';
import type { HostView, SandboxTicket, SandboxUser } from '../../shared/types';
import { scenarioSearch, readScenario } from '../scenario';
import { buildZafData, lookUp } from './data';
import { readResize } from './resize';
import { editTicket } from './ticketEdits';
import { formatOffset, zafTimeZone } from './timeZone';

const agent: SandboxUser = {
  id: 1,
  name: 'Lena Schmidt',
  email: 'lena@example.com',
  phone: null,
  role: 'agent',
  locale: 'de',
  time_zone: 'Berlin',
  iana_time_zone: 'Europe/Berlin',
  identities: [],
  organization_id: null,
  created_at: '',
  updated_at: '',
};
const requester: SandboxUser = {
  ...agent,
  id: 2,
  name: 'Maria Rossi',
  role: 'end-user',
  phone: '+14155550123',
  identities: [{ id: 9, type: 'phone_number', value: '+14155550123', verified: true, primary: true }],
  organization_id: null,
};
const ticket: SandboxTicket = {
  id: 101,
  subject: 'Cannot log in',
  description: '',
  status: 'open',
  priority: 'normal',
  type: 'question',
  requester_id: 2,
  submitter_id: 2,
  assignee_id: 1,
  brand_id: 5,
  tags: ['login'],
  via_channel: 'email',
  created_at: '2024-01-10T08:15:00Z',
  updated_at: '2024-01-10T08:15:00Z',
};
const view = {
  users: [agent, requester],
  brand: { id: 5, name: 'Sandbox Support', subdomain: 'sandbox' },
  subdomain: 'sandbox',
} as unknown as HostView;

describe('ZAF data', () => {
  const data = buildZafData({
    view,
    ticket,
    agent,
    scheme: 'dark',
    viewport: { width: 1280, height: 900 },
    now: new Date('2024-07-01T12:00:00Z'),
  });

  it('answers the paths an app reads', () => {
    expect(lookUp(data, 'ticket.id')).toEqual({ found: true, value: 101 });
    expect(lookUp(data, 'ticket.requester.phone')).toEqual({ found: true, value: '+14155550123' });
    expect(lookUp(data, 'ticket.requester.identities')).toMatchObject({
      found: true,
      value: [{ type: 'phone_number', userId: 2 }],
    });
    expect(lookUp(data, 'ticket.brand.name')).toEqual({ found: true, value: 'Sandbox Support' });
    expect(lookUp(data, 'currentUser.timeZone')).toEqual({
      found: true,
      value: { name: 'Berlin', ianaName: 'Europe/Berlin', offset: 120, formattedOffset: 'GMT+02:00' },
    });
    expect(lookUp(data, 'colorScheme')).toEqual({ found: true, value: 'dark' });
    expect(lookUp(data, 'viewport.size')).toEqual({ found: true, value: { width: 1280, height: 900 } });
    expect(lookUp(data, 'ticket.organization')).toEqual({ found: true, value: null });
  });

  it('does not find what is not there', () => {
    for (const path of [
      'ticket.nope',
      'ticket.requester.name.first',
      'customField:custom_field_1',
      '',
      'ticket.subject.length',
    ]) {
      expect(lookUp(data, path)).toEqual({ found: false });
    }
  });
});

describe('time zones', () => {
  it('follows daylight saving time', () => {
    expect(zafTimeZone('Eastern Time (US & Canada)', 'America/New_York', new Date('2024-01-15T12:00:00Z')).offset).toBe(
      -300,
    );
    expect(
      zafTimeZone('Eastern Time (US & Canada)', 'America/New_York', new Date('2024-07-15T12:00:00Z')).formattedOffset,
    ).toBe('GMT-04:00');
    expect(formatOffset(330)).toBe('GMT+05:30');
    expect(formatOffset(0)).toBe('GMT+00:00');
  });
});

describe('resize', () => {
  it.each([
    [
      { width: '100%', height: '412px' },
      { width: '100%', height: '412px' },
    ],
    [{ height: 300 }, { height: '300px' }],
    [{ height: '250' }, { height: '250px' }],
    [{ height: 99999 }, { height: '5000px' }],
    [{ height: -20 }, { height: '0px' }],
    [{ width: 280.4 }, { width: '280px' }],
  ])('reads %j as %j', (argument, size) => {
    expect(readResize(argument)).toEqual({ ok: true, size });
  });

  it.each([[null], ['412px'], [{ height: 'tall' }], [{ height: '50%' }], [{ width: 'wide' }]])(
    'refuses %j',
    (argument) => {
      expect(readResize(argument).ok).toBe(false);
    },
  );
});

describe('client.set on the ticket', () => {
  it('changes the settable fields and refuses bad values and other paths', () => {
    expect(editTicket(ticket, 'ticket.subject', 'New subject')).toMatchObject({
      ok: true,
      ticket: { subject: 'New subject' },
    });
    expect(editTicket(ticket, 'ticket.status', 'pending')).toMatchObject({ ok: true, ticket: { status: 'pending' } });
    expect(editTicket(ticket, 'ticket.status', 'gone')).toMatchObject({ ok: false, error: { name: 'InvalidValue' } });
    expect(editTicket(ticket, 'ticket.tags', ['a', 1])).toMatchObject({ ok: false });
    expect(editTicket(ticket, 'ticket.id', 5)).toMatchObject({ ok: false, error: { name: 'APIUnavailable' } });
  });
});

describe('the scenario in the query', () => {
  it('reads and writes the same scenario', () => {
    const scenario = readScenario(
      '?ticket=103&agent=1568991112&scheme=dark&appId=0&debug&appUrl=/sandbox/host/probe.html&topBarUrl=/top.html',
    );
    expect(scenario).toEqual({
      ticketId: 103,
      agentId: 1568991112,
      scheme: 'dark',
      appId: 0,
      debug: true,
      appUrl: '/sandbox/host/probe.html',
      topBarUrl: '/top.html',
    });
    expect(readScenario(scenarioSearch(scenario))).toEqual(scenario);
  });

  it('falls back on bad values and refuses app pages from elsewhere', () => {
    expect(
      readScenario('?ticket=abc&scheme=blue&appUrl=//evil.example/x&appId=-1&topBarUrl=https://x.example/'),
    ).toEqual({
      ticketId: null,
      agentId: null,
      scheme: 'light',
      appId: null,
      debug: false,
      appUrl: null,
      topBarUrl: null,
    });
  });
});
