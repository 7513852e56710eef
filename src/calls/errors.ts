import type { InvalidDetails } from './errorDetails';
import type { ApiResponse } from './transport';
import { isRecord } from '../lib/isRecord';

/** Everything that can go wrong with a request, as the agent needs to tell it apart. */
export type ApiProblem =
  | { kind: 'network'; detail: string }
  | { kind: 'forbidden'; status: 401 | 403; description: string | null }
  | { kind: 'notFound'; description: string | null }
  | {
      kind: 'invalid';
      fields: Readonly<Record<string, readonly string[]>>;
      description: string | null;
      /** Messages about the record as a whole (Zendesk's `base`), for the form rather than a field */
      base?: readonly string[];
    }
  | { kind: 'rateLimited'; retryAfterSeconds: number | null }
  | {
      kind: 'server';
      status: number;
      description: string | null;
      /** A 503 (or other 5xx) that says when Zendesk will take requests again */
      retryAfterSeconds?: number;
    }
  | { kind: 'unexpected'; status: number; description: string | null };

export class CallApiError extends Error {
  readonly problem: ApiProblem;

  constructor(problem: ApiProblem, options?: { cause?: unknown }) {
    super(describeProblem(problem), options);
    this.name = 'CallApiError';
    this.problem = problem;
  }
}

function describeProblem(problem: ApiProblem): string {
  switch (problem.kind) {
    case 'network':
      return `No answer from Zendesk: ${problem.detail}`;
    case 'rateLimited':
      return `Rate limited; retry after ${problem.retryAfterSeconds ?? 'an unknown number of'} seconds`;
    case 'invalid':
      return `Rejected: ${Object.keys(problem.fields).join(', ') || (problem.description ?? 'invalid')}`;
    case 'forbidden':
    case 'server':
    case 'unexpected':
      return `HTTP ${problem.status}${problem.description ? `: ${problem.description}` : ''}`;
    case 'notFound':
      return 'HTTP 404: not found';
  }
}

/** An HTML error page (a proxy's, a maintenance page): its title, or nothing, never its markup. */
function htmlDescription(html: string): string | null {
  const title = /<title[^>]*>([^<]*)<\/title>/i.exec(html) ?? /<h1[^>]*>([^<]*)<\/h1>/i.exec(html);
  const text = title?.[1]?.replace(/\s+/g, ' ').trim() ?? '';
  return text === '' ? null : text.slice(0, 300);
}

function textDescription(text: string): string | null {
  const trimmed = text.trim();
  if (/^<(!doctype|html|head|body)\b/i.test(trimmed)) return htmlDescription(trimmed);
  return trimmed.slice(0, 300) || null;
}

/**
 * Zendesk's error bodies say what went wrong in `description`, or in `error`
 * when that is a sentence; either may be null or of another type.
 */
function descriptionOf(body: unknown): string | null {
  if (typeof body === 'string') return textDescription(body);
  if (!isRecord(body)) return null;
  if (typeof body.description === 'string' && body.description.trim() !== '') return body.description;
  if (typeof body.error === 'string' && body.error.trim() !== '') return body.error;
  if (isRecord(body.error) && typeof body.error.message === 'string') return body.error.message;
  return null;
}

/** Retry-After is seconds, or an HTTP date. */
export function parseRetryAfter(value: string | undefined, now: number = Date.now()): number | null {
  if (value === undefined || value.trim() === '') return null;
  const trimmed = value.trim();
  if (/^\d+$/.test(trimmed)) return Number(trimmed);
  const date = Date.parse(trimmed);
  return Number.isNaN(date) ? null : Math.max(0, Math.ceil((date - now) / 1000));
}

/** Reads a 422's details into fields; the write paths pass errorDetails.ts's, so the list loads none of it. */
export type InvalidDetailsReader = (body: unknown, description: string | null) => InvalidDetails;

/** A read has no form to mark: its 422 (never seen) keeps Zendesk's description only. */
const NO_DETAILS: InvalidDetailsReader = () => ({ fields: {}, base: [] });

/** Maps a response that is not a success to the problem it stands for. */
export function problemOfResponse(response: ApiResponse, detailsOf: InvalidDetailsReader = NO_DETAILS): ApiProblem {
  const { status, body, headers } = response;
  const description = descriptionOf(body);
  if (status === 0) return { kind: 'network', detail: description ?? 'the connection failed' };
  if (status === 401 || status === 403) return { kind: 'forbidden', status, description };
  if (status === 404) return { kind: 'notFound', description };
  if (status === 422) {
    const { fields, base } = detailsOf(body, description);
    return base.length > 0 ? { kind: 'invalid', fields, description, base } : { kind: 'invalid', fields, description };
  }
  if (status === 429) return { kind: 'rateLimited', retryAfterSeconds: parseRetryAfter(headers['retry-after']) };
  if (status >= 500) {
    const retryAfterSeconds = parseRetryAfter(headers['retry-after']);
    return retryAfterSeconds === null
      ? { kind: 'server', status, description }
      : { kind: 'server', status, description, retryAfterSeconds };
  }
  return { kind: 'unexpected', status, description };
}

/** Anything a request can throw, as a CallApiError. */
export function toCallApiError(error: unknown): CallApiError {
  if (error instanceof CallApiError) return error;
  const detail = error instanceof Error ? error.message : String(error);
  return new CallApiError({ kind: 'network', detail }, { cause: error });
}

/** How long Zendesk asked to be left alone (a 429's or a 503's Retry-After), in seconds, or null. */
export function waitAskedFor(problem: ApiProblem): number | null {
  if (problem.kind === 'rateLimited') return problem.retryAfterSeconds;
  if (problem.kind === 'server') return problem.retryAfterSeconds ?? null;
  return null;
}

/** When the submit may be pressed again after `problem`, as a Date.now() instant, or null for at once. */
export function retryAtOf(problem: ApiProblem, now: number = Date.now()): number | null {
  const seconds = waitAskedFor(problem);
  return seconds === null ? null : now + seconds * 1000;
}

/** A 5xx, a timeout or a dropped connection: the server may or may not have done the work. */
export function isOutcomeUnknown(problem: ApiProblem): boolean {
  return problem.kind === 'network' || problem.kind === 'server';
}
