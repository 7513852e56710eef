import { describe, expect, it } from 'vitest';
import { parseColorSchemeEvent, parseRegistration, parseTicketSidebarData, parseTopBarData } from './parse';

describe('parseRegistration', () => {
  it('reads metadata and context from zaf.app.registered', () => {
    expect(
      parseRegistration({
        metadata: {
          appId: 1003048,
          installationId: 77,
          name: 'Call Logger',
          version: '1.0.0',
          settings: { title: 'Call Logger', company_line: '+1' },
        },
        context: {
          instanceGuid: 'g',
          product: 'support',
          account: { subdomain: 'acme' },
          location: 'ticket_sidebar',
          ticketId: 42,
        },
      }),
    ).toEqual({
      metadata: {
        appId: 1003048,
        installationId: 77,
        name: 'Call Logger',
        version: '1.0.0',
        settings: { title: 'Call Logger', company_line: '+1' },
      },
      context: { location: 'ticket_sidebar', ticketId: 42, subdomain: 'acme' },
    });
  });

  it('treats a missing app id as 0, as zcli apps:server gives it', () => {
    expect(parseRegistration({ metadata: { settings: {} }, context: {} }).metadata.appId).toBe(0);
    expect(parseRegistration(undefined).metadata.appId).toBe(0);
  });
});

describe('parseTicketSidebarData', () => {
  it('reads the batched get, with the requester’s phone identity and the agent’s IANA zone', () => {
    expect(
      parseTicketSidebarData({
        errors: {},
        'ticket.id': 42,
        'ticket.requester': {
          id: 301,
          name: 'Carla',
          email: 'carla@example.com',
          identities: [
            { type: 'email', value: 'carla@example.com' },
            { type: 'phone_number', value: '+14155550123' },
          ],
        },
        'ticket.brand': { id: 9, name: 'Acme' },
        currentUser: {
          id: 501,
          name: 'Ana',
          locale: 'de',
          timeZone: { name: 'Berlin', ianaName: 'Europe/Berlin', offset: 60 },
        },
        colorScheme: 'dark',
      }),
    ).toEqual({
      ticketId: 42,
      requester: { id: 301, name: 'Carla', email: 'carla@example.com', phone: '+14155550123' },
      brand: { id: 9, name: 'Acme' },
      currentUser: { id: 501, name: 'Ana', locale: 'de', timeZone: 'Europe/Berlin' },
      colorScheme: 'dark',
    });
  });

  it('makes a path the host could not answer null, not a crash', () => {
    expect(
      parseTicketSidebarData({ errors: { 'ticket.requester': { name: 'Error', message: 'nope' } }, 'ticket.id': '42' }),
    ).toEqual({ ticketId: 42, requester: null, brand: null, currentUser: null, colorScheme: null });
  });
});

describe('parseColorSchemeEvent', () => {
  it('reads the scheme itself or an object holding it', () => {
    expect(parseColorSchemeEvent('dark')).toBe('dark');
    expect(parseColorSchemeEvent({ colorScheme: 'light' })).toBe('light');
    expect(parseColorSchemeEvent('purple')).toBeNull();
  });
});

describe('parseTopBarData', () => {
  it('reads the agent and the scheme of the top bar’s one get; a failed path is null', () => {
    expect(
      parseTopBarData({
        currentUser: { id: 7, name: 'Ana', locale: 'de', timeZone: { ianaName: 'Europe/Berlin' } },
        colorScheme: 'dark',
        errors: {},
      }),
    ).toEqual({ currentUser: { id: 7, name: 'Ana', locale: 'de', timeZone: 'Europe/Berlin' }, colorScheme: 'dark' });
    expect(parseTopBarData({ errors: { currentUser: { name: 'APIUnavailable' } } })).toEqual({
      currentUser: null,
      colorScheme: null,
    });
  });
});
