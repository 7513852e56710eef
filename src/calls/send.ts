import type * as z from 'zod/mini';
import { CallApiError, problemOfResponse, toCallApiError } from './errors';
import type { InvalidDetailsReader } from './errors';
import type { ApiRequest, Transport } from './transport';

/** Turns zod issues into per-field messages, keyed by the dotted path below the body's root. */
export function issuesByField(issues: readonly z.core.$ZodIssue[]): Record<string, string[]> {
  const fields: Record<string, string[]> = {};
  for (const issue of issues) {
    const key = issue.path.map(String).join('.') || '_';
    (fields[key] ??= []).push(issue.message);
  }
  return fields;
}

/** Checks a body before it leaves, so a malformed request never reaches Zendesk. */
export function validateBody<Schema extends z.ZodMiniType>(schema: Schema, body: unknown): z.infer<Schema> {
  const result = schema.safeParse(body);
  if (!result.success) {
    throw new CallApiError({ kind: 'invalid', fields: issuesByField(result.error.issues), description: null });
  }
  return result.data;
}

/**
 * Sends a request and parses a 2xx body with the schema; every other outcome
 * is a CallApiError. A write passes `detailsOf` (errorDetails.ts's
 * invalidDetailsOf), so a 422's messages land next to the fields they name.
 */
export async function send<Schema extends z.ZodMiniType>(
  transport: Transport,
  request: ApiRequest,
  schema: Schema,
  detailsOf?: InvalidDetailsReader,
): Promise<z.infer<Schema>> {
  let response;
  try {
    response = await transport(request);
  } catch (error) {
    throw toCallApiError(error);
  }
  if (response.status < 200 || response.status > 299) {
    throw new CallApiError(problemOfResponse(response, detailsOf));
  }
  const parsed = schema.safeParse(response.body);
  if (!parsed.success) {
    const fields = Object.keys(issuesByField(parsed.error.issues)).join(', ');
    throw new CallApiError({
      kind: 'unexpected',
      status: response.status,
      description: `Zendesk's answer to ${request.method} ${request.url} was not understood (${fields}).`,
    });
  }
  return parsed.data;
}
