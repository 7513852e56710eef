// Server-Sent Events on /__sandbox/events: the host page hears about every
// state change at once, whoever made it (the app, a test, curl), without polling.

import type { ServerResponse } from 'node:http';
import type { SandboxChange } from '../shared/types.ts';

const HEARTBEAT_MS = 25_000;

export class EventHub {
  readonly #clients = new Set<ServerResponse>();
  #heartbeat: NodeJS.Timeout | null = null;

  attach(response: ServerResponse): void {
    response.writeHead(200, {
      'content-type': 'text/event-stream; charset=utf-8',
      'cache-control': 'no-store',
      connection: 'keep-alive',
    });
    response.write(': connected\n\n');
    this.#clients.add(response);
    response.on('close', () => this.#clients.delete(response));
    this.#heartbeat ??= setInterval(() => this.#send(': ping\n\n'), HEARTBEAT_MS).unref();
  }

  broadcast(change: SandboxChange): void {
    this.#send(`event: change\ndata: ${JSON.stringify(change)}\n\n`);
  }

  get clientCount(): number {
    return this.#clients.size;
  }

  /** Ends every stream, so the server can close. */
  closeAll(): void {
    for (const client of this.#clients) client.end();
    this.#clients.clear();
    if (this.#heartbeat) clearInterval(this.#heartbeat);
    this.#heartbeat = null;
  }

  #send(chunk: string): void {
    for (const client of this.#clients) client.write(chunk);
  }
}
