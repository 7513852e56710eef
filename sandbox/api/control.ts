// The control API under /__sandbox/: reset, state, settings, faults, the
// request log, the host page's view and the events stream.

import type { z } from 'zod';
import type { AppSummary } from '../shared/types.ts';
import { faultSpecSchema, type FaultBook } from './faults.ts';
import { createLiveCall, liveCallInputSchema } from './liveCalls.ts';
import type { ApiRequest } from './request.ts';
import type { RequestLog } from './requestLog.ts';
import { json, type ApiResponse } from './responses.ts';
import { applySettingsInput, metadataSettings, settingsInputSchema } from './settings.ts';
import type { SandboxStore } from './store.ts';
import { buildHostView } from './view.ts';

export interface ControlRuntime {
  store: SandboxStore;
  faults: FaultBook;
  requests: RequestLog;
  readApp: () => AppSummary;
}

export type ControlResult = { kind: 'response'; response: ApiResponse } | { kind: 'events' };

const ENDPOINTS = [
  'GET /__sandbox/state',
  'POST /__sandbox/reset',
  'GET|PUT /__sandbox/settings',
  'GET|POST|DELETE /__sandbox/faults',
  'GET|DELETE /__sandbox/requests',
  'POST /__sandbox/calls',
  'GET /__sandbox/events',
  'GET /__sandbox/view?ticket=<id>',
];

function respond(status: number, body: unknown): ControlResult {
  return { kind: 'response', response: json(status, body) };
}

function invalidInput(problems: string[]): ControlResult {
  return respond(400, { error: 'InvalidInput', problems });
}

function zodProblems(error: z.ZodError): string[] {
  return error.issues.map((issue) => `${issue.path.join('.') || 'body'}: ${issue.message}`);
}

/** Parses a JSON body against `schema`, or answers 400 saying what is wrong. */
function readInput<T>(
  request: ApiRequest,
  schema: z.ZodType<T>,
): { ok: true; value: T } | { ok: false; result: ControlResult } {
  if (!request.json.ok) return { ok: false, result: invalidInput(['body: not valid JSON']) };
  const checked = schema.safeParse(request.json.value ?? {});
  return checked.success
    ? { ok: true, value: checked.data }
    : { ok: false, result: invalidInput(zodProblems(checked.error)) };
}

/** `app`: the app as this request already read it, so its files are read once per request. */
function settingsView(runtime: ControlRuntime, app = runtime.readApp()) {
  const saved = runtime.store.state.app;
  return {
    appId: saved.appId,
    strict: runtime.store.state.api.strict,
    saved: saved.settings,
    metadataSettings: metadataSettings(app, saved.settings),
    parameters: app.parameters,
  };
}

function handleSettings(runtime: ControlRuntime, request: ApiRequest): ControlResult {
  if (request.method === 'GET') return respond(200, settingsView(runtime));
  const input = readInput(request, settingsInputSchema);
  if (!input.ok) return input.result;
  const app = runtime.readApp();
  const update = applySettingsInput(app, runtime.store.state.app, input.value);
  if (!update.ok) return invalidInput(update.problems);
  const { strict } = input.value;
  if (strict !== undefined) runtime.store.saveApiBehaviour({ strict });
  if (input.value.settings !== undefined || input.value.appId !== undefined)
    runtime.store.saveAppSettings(update.saved);
  return respond(200, settingsView(runtime, app));
}

function handleFaults(runtime: ControlRuntime, request: ApiRequest): ControlResult {
  if (request.method === 'GET') return respond(200, { faults: runtime.faults.list() });
  if (request.method === 'DELETE') {
    const cleared = runtime.faults.list().length;
    runtime.faults.clear();
    return respond(200, { cleared });
  }
  const input = readInput(request, faultSpecSchema);
  if (!input.ok) return input.result;
  return respond(201, { fault: runtime.faults.arm(input.value) });
}

type Handler = (runtime: ControlRuntime, request: ApiRequest) => ControlResult;

const ROUTES: Record<string, Partial<Record<string, Handler>>> = {
  '/__sandbox/state': {
    GET: (runtime) =>
      respond(200, { state: runtime.store.state, faults: runtime.faults.list(), settings: settingsView(runtime) }),
  },
  '/__sandbox/reset': {
    POST: (runtime) => {
      runtime.faults.clear();
      runtime.requests.clear();
      runtime.store.reset();
      return respond(200, { reset: true, message: 'Data back to the seed; faults and the request log cleared.' });
    },
  },
  '/__sandbox/settings': { GET: handleSettings, PUT: handleSettings },
  '/__sandbox/faults': { GET: handleFaults, POST: handleFaults, DELETE: handleFaults },
  '/__sandbox/requests': {
    GET: (runtime) => respond(200, { requests: runtime.requests.list() }),
    DELETE: (runtime) => {
      const cleared = runtime.requests.list().length;
      runtime.requests.clear();
      return respond(200, { cleared });
    },
  },
  '/__sandbox/calls': {
    POST: (runtime, request) => {
      const input = readInput(request, liveCallInputSchema);
      if (!input.ok) return input.result;
      const created = createLiveCall(runtime.store, input.value);
      return created.ok ? respond(201, { call: created.call }) : invalidInput([created.problem]);
    },
  },
  '/__sandbox/events': { GET: () => ({ kind: 'events' }) },
  '/__sandbox/view': {
    GET: (runtime, request) => {
      const ticketParam = request.query.get('ticket');
      const ticketId = ticketParam === null || ticketParam === '' ? null : Number(ticketParam);
      if (ticketId !== null && !Number.isSafeInteger(ticketId)) return invalidInput(['ticket: must be a ticket id']);
      return respond(200, buildHostView(runtime.store, runtime.readApp(), ticketId));
    },
  },
};

export function handleControlRequest(runtime: ControlRuntime, request: ApiRequest): ControlResult {
  const methods = ROUTES[request.path.replace(/\/+$/, '')];
  if (!methods) return respond(404, { error: 'UnknownEndpoint', endpoints: ENDPOINTS });
  const handler = methods[request.method.toUpperCase()];
  if (!handler) {
    return respond(405, { error: 'MethodNotAllowed', allowed: Object.keys(methods), endpoints: ENDPOINTS });
  }
  return handler(runtime, { ...request, method: request.method.toUpperCase() });
}
