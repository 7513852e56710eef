// The last requests the fake API received, so browser tests can assert what the app sent.

import type { RequestLogEntry } from '../shared/types.ts';
import type { ApiRequest } from './request.ts';

export const REQUEST_LOG_SIZE = 200;

export class RequestLog {
  #entries: RequestLogEntry[] = [];
  #nextSeq = 1;

  record(entry: Omit<RequestLogEntry, 'seq'>): RequestLogEntry {
    const logged: RequestLogEntry = { seq: this.#nextSeq++, ...entry };
    this.#entries.push(logged);
    if (this.#entries.length > REQUEST_LOG_SIZE) this.#entries.splice(0, this.#entries.length - REQUEST_LOG_SIZE);
    return logged;
  }

  /** Oldest first. */
  list(): RequestLogEntry[] {
    return [...this.#entries];
  }

  clear(): void {
    this.#entries = [];
  }
}

/** The body as the log keeps it: parsed JSON, else the raw text, else null. */
export function loggedBody(request: Pick<ApiRequest, 'body' | 'json'>): unknown {
  return request.json.ok ? (request.json.value ?? null) : request.body;
}
