import type { ApiRequest, ApiResponse, Transport } from '../calls/transport';

type Reply = ApiResponse | Error | ((request: ApiRequest) => ApiResponse | Error | Promise<ApiResponse | Error>);

export interface FakeTransport {
  transport: Transport;
  /** Every request sent, in order */
  requests: ApiRequest[];
  /** Answer requests whose "METHOD url" matches (exactly, or by a RegExp), first route first; each route answers once unless `times` is Infinity */
  on: (method: ApiRequest['method'], url: string | RegExp, reply: Reply, times?: number) => void;
}

export function json(status: number, body: unknown, headers: Record<string, string> = {}): ApiResponse {
  return { status, body, headers };
}

/** A stand-in for Zendesk that answers from a list of routes and fails loudly on anything else. */
export function fakeTransport(): FakeTransport {
  const requests: ApiRequest[] = [];
  const routes: { method: string; url: string | RegExp; reply: Reply; left: number }[] = [];
  const transport: Transport = async (request) => {
    requests.push(request);
    const route = routes.find(
      (candidate) =>
        candidate.left > 0 &&
        candidate.method === request.method &&
        (typeof candidate.url === 'string' ? candidate.url === request.url : candidate.url.test(request.url)),
    );
    if (route === undefined) throw new Error(`No fake answer for ${request.method} ${request.url}`);
    route.left -= 1;
    const answer = typeof route.reply === 'function' ? await route.reply(request) : route.reply;
    if (answer instanceof Error) throw answer;
    return answer;
  };
  return {
    transport,
    requests,
    on: (method, url, reply, times = Infinity) => routes.push({ method, url, reply, left: times }),
  };
}
