// A real HTTP server around the sandbox middleware, for tests of what only
// HTTP shows: delays, dropped connections, headers, persistence across restarts.

import { mkdtempSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createSandboxMiddleware, createSandboxRuntime, type SandboxRuntime } from './server.ts';
import { TEST_APP } from './testSupport.ts';

export interface TestServer {
  url: string;
  port: number;
  runtime: SandboxRuntime;
  close: () => Promise<void>;
}

export function temporaryStateFile(): string {
  return join(mkdtempSync(join(tmpdir(), 'sandbox-test-')), 'state.json');
}

export async function startTestServer(stateFile = temporaryStateFile()): Promise<TestServer> {
  const runtime = createSandboxRuntime({ stateFile, readApp: () => TEST_APP });
  const middleware = createSandboxMiddleware(runtime);
  const server: Server = createServer((request, response) => {
    middleware(request, response, () => {
      response.writeHead(404);
      response.end('not the sandbox');
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    port,
    runtime,
    close: () =>
      new Promise((resolve) => {
        runtime.events.closeAll();
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

export async function postJson(url: string, body: unknown, method = 'POST'): Promise<Response> {
  return fetch(url, { method, headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });
}
