import { describe, expect, it } from 'vitest';
import { describeRequests } from './sandboxControl.ts';

describe('describeRequests', () => {
  it('counts requests by kind, in the order first seen', () => {
    expect(
      describeRequests([
        { method: 'GET', path: '/api/v2/tickets/103/comments' },
        { method: 'GET', path: '/api/v2/tickets/103/comments' },
        { method: 'GET', path: '/api/v2/calls/16444799095828' },
      ]),
    ).toBe('2 comments pages + 1 call read');
  });

  it('shows unforeseen requests by method and path, and says when there were none', () => {
    expect(describeRequests([{ method: 'DELETE', path: '/api/v2/calls/7' }])).toBe('1 DELETE /api/v2/calls/{id}');
    expect(describeRequests([])).toBe('none');
  });
});
