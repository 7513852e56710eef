import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { postJson, startTestServer, temporaryStateFile, type TestServer } from './httpTestSupport.ts';
import { loadState, saveState } from './persistence.ts';
import { SEED, createSeedState } from './seed.ts';
import { validCall } from './testSupport.ts';

const servers: TestServer[] = [];
async function start(stateFile: string) {
  const server = await startTestServer(stateFile);
  servers.push(server);
  return server;
}

afterEach(async () => {
  await Promise.all(servers.splice(0).map((server) => server.close()));
});

describe('the state file', () => {
  it('is written at the first start, from the seed', async () => {
    const stateFile = temporaryStateFile();
    const server = await start(stateFile);
    expect(server.runtime.loaded.origin).toBe('seed');
    expect(JSON.parse(readFileSync(stateFile, 'utf8'))).toMatchObject({ version: 1, nextId: SEED.nextId });
  });

  it('loads a file from before strict mode existed as lenient, and keeps strict across a restart', async () => {
    const stateFile = temporaryStateFile();
    const older: Partial<ReturnType<typeof createSeedState>> = createSeedState('Test App');
    delete older.api;
    writeFileSync(stateFile, JSON.stringify(older));
    expect(loadState(stateFile, () => createSeedState('x')).state.api).toEqual({ strict: false });
    const first = await start(stateFile);
    await postJson(`${first.url}/__sandbox/settings`, { strict: true }, 'PUT');
    await first.close();
    expect((await start(stateFile)).runtime.store.state.api.strict).toBe(true);
  });

  it('keeps what the API changed across a restart', async () => {
    const stateFile = temporaryStateFile();
    const first = await start(stateFile);
    const created = (await (
      await postJson(`${first.url}/api/v2/calls`, { call: validCall({ ticket_id: 101 }), comment: { title: 'Kept' } })
    ).json()) as {
      call: { id: number };
    };
    await postJson(`${first.url}/api/v2/calls/${created.call.id}`, { call: { duration: 42 } }, 'PATCH');
    await first.close();

    const second = await start(stateFile);
    expect(second.runtime.loaded.origin).toBe('file');
    const read = (await (await fetch(`${second.url}/api/v2/calls/${created.call.id}`)).json()) as {
      call: { duration: number };
    };
    expect(read.call.duration).toBe(42);
    const comments = (await (await fetch(`${second.url}/api/v2/tickets/101/comments?page[size]=100`)).json()) as {
      comments: { body: string }[];
    };
    expect(comments.comments.at(-1)?.body).toBe('Kept');
    const next = (await (await postJson(`${second.url}/api/v2/calls`, { call: validCall() })).json()) as {
      call: { id: number };
    };
    expect(next.call.id).toBeGreaterThan(created.call.id);
  });

  it('re-seeds from a corrupt file and keeps a backup of it', () => {
    const stateFile = temporaryStateFile();
    writeFileSync(stateFile, '{"version": 1, "calls": [');
    const loaded = loadState(
      stateFile,
      () => createSeedState('App'),
      () => new Date('2025-01-01T00:00:00Z'),
    );
    expect(loaded).toMatchObject({
      origin: 'reseeded-corrupt',
      backup: `${stateFile}.corrupt-2025-01-01T00-00-00-000Z`,
    });
    expect(loaded.state.nextId).toBe(SEED.nextId);
    expect(readFileSync(loaded.backup ?? '', 'utf8')).toBe('{"version": 1, "calls": [');
    expect(existsSync(stateFile)).toBe(false);
  });

  it('re-seeds from JSON that does not match the schema, saying where', () => {
    const stateFile = temporaryStateFile();
    const broken = { ...createSeedState('App'), tickets: [{ id: 'one' }] };
    writeFileSync(stateFile, JSON.stringify(broken));
    const loaded = loadState(stateFile, () => createSeedState('App'));
    expect(loaded.origin).toBe('reseeded-corrupt');
    expect(loaded.problem).toMatch(/^tickets\.0/);
  });

  it('writes atomically, leaving no temporary file behind', () => {
    const stateFile = temporaryStateFile();
    saveState(stateFile, createSeedState('App'));
    expect(readdirSync(dirname(stateFile))).toEqual(['state.json']);
    expect(loadState(stateFile, () => createSeedState('Other')).origin).toBe('file');
  });
});

describe('POST /__sandbox/reset', () => {
  it('goes back to the seed, on disk too', async () => {
    const stateFile = temporaryStateFile();
    const server = await start(stateFile);
    const created = (await (await postJson(`${server.url}/api/v2/calls`, { call: validCall() })).json()) as {
      call: { id: number };
    };
    await postJson(`${server.url}/__sandbox/faults`, { status: 500 });
    const reset = await fetch(`${server.url}/__sandbox/reset`, { method: 'POST' });
    expect(reset.status).toBe(200);
    expect((await fetch(`${server.url}/api/v2/calls/${created.call.id}`)).status).toBe(404);
    expect(JSON.parse(readFileSync(stateFile, 'utf8'))).toEqual(
      JSON.parse(JSON.stringify(createSeedState('Test App'))),
    );
    expect(await (await fetch(`${server.url}/__sandbox/faults`)).json()).toEqual({ faults: [] });
  });
});
