// Armed faults: "answer the next N matching requests with this status / after
// this delay / by dropping the connection".

import { z } from 'zod';
import type { ArmedFault, FaultSpec } from '../shared/types.ts';
import { withoutJsonSuffix } from './handle.ts';
import { defaultFaultBody, json, type ApiResponse } from './responses.ts';

const METHODS = ['GET', 'POST', 'PUT', 'PATCH', 'DELETE'] as const;

export const faultSpecSchema = z
  .strictObject({
    method: z
      .string()
      .transform((method) => method.toUpperCase())
      .refine(
        (method) => method === '*' || (METHODS as readonly string[]).includes(method),
        `method must be one of ${METHODS.join(', ')} or *`,
      )
      .optional(),
    path: z.string().startsWith('/api/v2', 'path must start with /api/v2').default('/api/v2/*'),
    status: z.number().int().min(200).max(599).optional(),
    // A string is sent as it is ("" for an empty body), anything else as JSON.
    body: z.unknown().optional(),
    contentType: z.string().min(1).optional(),
    headers: z.record(z.string(), z.string()).default({}),
    delayMs: z.number().int().min(0).max(120_000).default(0),
    // true or "before": cut the connection without handling the request; "after": store first, then cut.
    drop: z
      .union([z.boolean(), z.enum(['before', 'after'])])
      .default(false)
      .transform((drop) => (drop === true ? 'before' : drop)),
    times: z.number().int().min(1).max(1000).default(1),
  })
  .refine(
    (spec) => spec.status !== undefined || spec.drop !== false || spec.delayMs > 0,
    'a fault needs a status, drop: true, or a delayMs above 0',
  )
  .refine((spec) => !(spec.drop !== false && spec.status !== undefined), 'drop and status cannot be combined');

function patternToRegExp(pattern: string): RegExp {
  const escaped = withoutJsonSuffix(pattern)
    .split('*')
    .map((part) => part.replace(/[.+?^${}()|[\]\\]/g, '\\$&'))
    .join('.*');
  return new RegExp(`^${escaped}$`);
}

/** An armed fault and its path pattern, compiled once when armed (kept out of the fault's JSON). */
interface Armed {
  fault: ArmedFault;
  pathPattern: RegExp;
}

export class FaultBook {
  #faults: Armed[] = [];
  #nextId = 1;

  arm(spec: FaultSpec): ArmedFault {
    const fault: ArmedFault = { ...spec, id: this.#nextId++, remaining: spec.times };
    this.#faults.push({ fault, pathPattern: patternToRegExp(spec.path) });
    return fault;
  }

  /** The first armed fault matching the request, used up by one; undefined when none. */
  take(method: string, path: string): ArmedFault | undefined {
    const plainPath = withoutJsonSuffix(path);
    const armed = this.#faults.find(
      ({ fault, pathPattern }) =>
        (fault.method === undefined || fault.method === '*' || fault.method === method.toUpperCase()) &&
        pathPattern.test(plainPath),
    );
    if (!armed) return undefined;
    const { fault } = armed;
    fault.remaining -= 1;
    if (fault.remaining <= 0) this.#faults = this.#faults.filter((candidate) => candidate !== armed);
    return { ...fault };
  }

  list(): ArmedFault[] {
    return this.#faults.map(({ fault }) => ({ ...fault }));
  }

  clear(): void {
    this.#faults = [];
  }
}

/**
 * The response a fault with a status answers with; headers lower-cased as
 * Node sends them. `contentType` wins over a content-type in `headers`, so
 * an HTML error page or a text body can be served as the real servers do.
 */
export function faultResponse(fault: ArmedFault & { status: number }): ApiResponse {
  const headers = Object.fromEntries(Object.entries(fault.headers).map(([name, value]) => [name.toLowerCase(), value]));
  if (fault.contentType !== undefined) headers['content-type'] = fault.contentType;
  return json(fault.status, fault.body === undefined ? defaultFaultBody(fault.status) : fault.body, headers);
}
