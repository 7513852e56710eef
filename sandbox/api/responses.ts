// Response values of the fake API and the bodies Zendesk uses for its errors.

import type { ErrorDetails } from './validateCall.ts';

export interface ApiResponse {
  status: number;
  headers: Record<string, string>;
  /** undefined: no body; a string: sent as text; anything else: sent as JSON. */
  body?: unknown;
}

export function json(status: number, body: unknown, headers: Record<string, string> = {}): ApiResponse {
  return { status, headers, body };
}

/**
 * The header Zendesk adds when it drops keys it does not accept (the list's
 * exact spelling is unconfirmed; the recorded traffic shows the prefix).
 */
export function removedKeysHeader(keys: readonly string[]): Record<string, string> {
  if (keys.length === 0) return {};
  return { 'x-zendesk-api-warn': `Removed restricted keys [${keys.map((key) => JSON.stringify(key)).join(', ')}]` };
}

export function recordInvalid(details: ErrorDetails): ApiResponse {
  return json(422, { error: 'RecordInvalid', description: 'Record validation errors', details });
}

export function recordNotFound(): ApiResponse {
  return json(404, { error: 'RecordNotFound', description: 'Not found' });
}

export function invalidEndpoint(): ApiResponse {
  return json(404, { error: 'InvalidEndpoint', description: 'Not found' });
}

/** A body that is not JSON (shape unconfirmed against the real API). */
export function invalidJson(): ApiResponse {
  return json(400, { error: 'InvalidJSON', description: 'The request body is not valid JSON' });
}

/** A body without its wrapper object, e.g. no `call` (shape unconfirmed against the real API). */
export function parameterMissing(name: string): ApiResponse {
  return json(400, { error: 'ParameterMissing', description: `param is missing or the value is empty: ${name}` });
}

/** Default bodies of the statuses a fault can answer with, when the fault gives none. */
export function defaultFaultBody(status: number): unknown {
  switch (status) {
    case 401:
      return { error: "Couldn't authenticate you" };
    case 403:
      return {
        error: 'Forbidden',
        description:
          'You do not have access to this page. Please contact the account owner of this help desk for further help.',
      };
    case 404:
      return { error: 'RecordNotFound', description: 'Not found' };
    case 422:
      return {
        error: 'RecordInvalid',
        description: 'Record validation errors',
        details: {
          from_line: [{ description: 'From line is invalid (injected by the sandbox)', error: 'InvalidValue' }],
        },
      };
    case 429:
      // Zendesk answers a rate limit with a plain text body.
      return 'Rate limit for this account exceeded, please wait before trying again';
    case 503:
      return { error: 'ServiceUnavailable', description: 'Service temporarily unavailable' };
    default:
      return status >= 500
        ? { error: 'InternalServerError', description: 'Something went wrong (injected by the sandbox)' }
        : { error: 'Error', description: `HTTP ${status} (injected by the sandbox)` };
  }
}
