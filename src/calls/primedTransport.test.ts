import { describe, expect, it, vi } from 'vitest';
import { primeable } from './primedTransport';
import type { ApiResponse, Transport } from './transport';

const ok = (body: unknown): ApiResponse => ({ status: 200, headers: {}, body });
const COMMENTS = { method: 'GET', url: '/api/v2/tickets/42/comments?page%5Bsize%5D=100' } as const;

function counting(): { transport: Transport; sent: string[] } {
  const sent: string[] = [];
  return {
    sent,
    transport: vi.fn<Transport>((request) => {
      sent.push(`${request.method} ${request.url}`);
      return Promise.resolve(ok({ n: sent.length }));
    }),
  };
}

describe('primeable', () => {
  it('answers the primed read from the request already sent, once; a later read asks again', async () => {
    const api = counting();
    const primed = primeable(api.transport);
    primed.prime(COMMENTS);
    expect(api.sent).toEqual([`GET ${COMMENTS.url}`]);

    expect(await primed.transport(COMMENTS)).toEqual(ok({ n: 1 }));
    expect(api.sent).toHaveLength(1);
    expect(await primed.transport(COMMENTS)).toEqual(ok({ n: 2 }));
    expect(api.sent).toHaveLength(2);
  });

  it('passes every other request on untouched, and never primes a write', async () => {
    const api = counting();
    const primed = primeable(api.transport);
    primed.prime({ method: 'POST', url: '/api/v2/calls', body: {} });
    primed.prime(COMMENTS);
    primed.prime(COMMENTS);
    expect(api.sent).toEqual([`GET ${COMMENTS.url}`]);
    await primed.transport({ method: 'GET', url: '/api/v2/calls/7' });
    expect(api.sent).toEqual([`GET ${COMMENTS.url}`, 'GET /api/v2/calls/7']);
  });

  it('hands a failed early read to whoever asks for it, as if it had asked itself', async () => {
    const primed = primeable(() => Promise.reject(new Error('offline')));
    primed.prime(COMMENTS);
    await new Promise((resolve) => setTimeout(resolve, 0));
    await expect(primed.transport(COMMENTS)).rejects.toThrow('offline');
  });
});
