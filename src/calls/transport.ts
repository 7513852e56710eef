/**
 * How the calls domain talks to Zendesk, without knowing ZAF: src/zaf/
 * provides the implementation over client.request, tests provide fakes.
 */
export type HttpMethod = 'GET' | 'POST' | 'PATCH';

export interface ApiRequest {
  method: HttpMethod;
  /** A relative Zendesk API path, e.g. /api/v2/calls/123 */
  url: string;
  /** Sent as JSON */
  body?: unknown;
}

export interface ApiResponse {
  status: number;
  /** Lower-case header names */
  headers: Readonly<Record<string, string>>;
  /** The parsed JSON body, or the text when it is not JSON, or null */
  body: unknown;
}

/**
 * Resolves with any response the server gave (2xx or not) and rejects only
 * when no response came (network, timeout); the domain decides what a status means.
 */
export type Transport = (request: ApiRequest) => Promise<ApiResponse>;
