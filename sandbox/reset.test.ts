import { existsSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { postJson, startTestServer, temporaryStateFile, type TestServer } from './api/httpTestSupport.ts';
import { validCall } from './api/testSupport.ts';
import { resetSandbox } from './reset.ts';

let server: TestServer | null = null;

afterEach(async () => {
  await server?.close();
  server = null;
});

/** A port nothing listens on: bound once, then released. */
async function freePort(): Promise<number> {
  const probe = createServer();
  await new Promise<void>((resolve) => probe.listen(0, '127.0.0.1', resolve));
  const address = probe.address();
  await new Promise((resolve) => probe.close(resolve));
  if (address === null || typeof address === 'string') throw new Error('no port');
  return address.port;
}

describe('npm run sandbox:reset', () => {
  it('asks a running sandbox to reset', async () => {
    server = await startTestServer();
    const created = (await (await postJson(`${server.url}/api/v2/calls`, { call: validCall() })).json()) as {
      call: { id: number };
    };
    const outcome = await resetSandbox({ port: server.port, stateFile: temporaryStateFile() });
    expect(outcome).toMatchObject({
      ok: true,
      message: expect.stringContaining('Reset the running sandbox') as unknown,
    });
    expect((await fetch(`${server.url}/api/v2/calls/${created.call.id}`)).status).toBe(404);
  });

  it('deletes the state file when no sandbox is running', async () => {
    const stateFile = temporaryStateFile();
    writeFileSync(stateFile, '{}');
    const outcome = await resetSandbox({ port: await freePort(), stateFile });
    expect(outcome.message).toContain(`deleted ${stateFile}`);
    expect(existsSync(stateFile)).toBe(false);
    expect((await resetSandbox({ port: await freePort(), stateFile })).message).toContain('nothing to reset');
  });
});
