import { describe, expect, it } from 'vitest';
import { LOCATION_READS } from '../../zaf/locationReads';
import { fakeZafClient } from '../../test/fakeZafClient';
import { fakeTransport, json } from '../../test/fakeTransport';
import { LOCATION_HEAD_STARTS, LOCATION_ROOTS } from './locations';

describe('each location', () => {
  it('has its host get sent while its code loads', () => {
    expect(Object.keys(LOCATION_READS).sort()).toEqual(Object.keys(LOCATION_ROOTS).sort());
  });

  it('the ticket sidebar sends its first comments page as soon as Zendesk names the location', () => {
    const api = fakeTransport();
    api.on('GET', /\/api\/v2\/tickets\/7\/comments/, json(200, { comments: [] }));
    const client = fakeZafClient({ api });
    LOCATION_HEAD_STARTS.ticket_sidebar?.(client, { location: 'ticket_sidebar', ticketId: 7, subdomain: 'acme' });
    expect(api.requests.map((request) => `${request.method} ${request.url}`)).toEqual([
      'GET /api/v2/tickets/7/comments?page%5Bsize%5D=100',
    ]);
  });
});
