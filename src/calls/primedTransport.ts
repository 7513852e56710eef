import type { ApiRequest, ApiResponse, Transport } from './transport';

export interface PrimedTransport {
  /** Passes every request on, except a GET sent ahead with `prime`: that one is answered from the early answer, once. */
  readonly transport: Transport;
  /** Sends a GET now, for code that will ask for it later (after another round trip, say). */
  readonly prime: (request: ApiRequest) => void;
}

/**
 * A read the app knows it will make, started before the code that makes it is
 * ready, so the two waits overlap instead of adding up. It is still one
 * request: the first identical GET takes its answer, any later one asks again.
 */
export function primeable(transport: Transport): PrimedTransport {
  const early = new Map<string, Promise<ApiResponse>>();
  return {
    transport: (request) => {
      const answer = request.method === 'GET' ? early.get(request.url) : undefined;
      if (answer === undefined) return transport(request);
      early.delete(request.url);
      return answer;
    },
    prime: (request) => {
      if (request.method !== 'GET' || early.has(request.url)) return;
      const answer = transport(request);
      // Whoever asks for it hears of a failure; until then it is no unhandled rejection.
      answer.catch(() => undefined);
      early.set(request.url, answer);
    },
  };
}
