import { describe, expect, it, vi } from 'vitest';
import { call, describeRequests } from './sandboxControl.ts';

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

  it("names the top bar's look-up and create", () => {
    expect(
      describeRequests([
        { method: 'GET', path: '/api/v2/users/search' },
        { method: 'GET', path: '/api/v2/users/16444700000201/tickets/requested' },
        { method: 'POST', path: '/api/v2/users' },
        { method: 'POST', path: '/api/v2/calls' },
      ]),
    ).toBe('1 user search + 1 caller tickets page + 1 user create + 1 call create');
  });

  it('shows unforeseen requests by method and path, and says when there were none', () => {
    expect(describeRequests([{ method: 'DELETE', path: '/api/v2/calls/7' }])).toBe('1 DELETE /api/v2/calls/{id}');
    expect(describeRequests([])).toBe('none');
  });
});

describe('call', () => {
  it('sends a control call once more when its connection was reset, and no more than that', async () => {
    const reset = new TypeError('fetch failed');
    const flaky = vi.fn<typeof fetch>().mockRejectedValueOnce(reset).mockResolvedValue(new Response('{}'));
    await expect(call('http://127.0.0.1:1', 'POST', 'reset', flaky)).resolves.toBeInstanceOf(Response);
    expect(flaky).toHaveBeenCalledTimes(2);

    const down = vi.fn<typeof fetch>().mockRejectedValue(reset);
    await expect(call('http://127.0.0.1:1', 'POST', 'reset', down)).rejects.toBe(reset);
    expect(down).toHaveBeenCalledTimes(2);
  });
});
