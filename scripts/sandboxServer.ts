// The sandbox serving dist/ (`vite --mode dist`) inside this process, for the bench and the
// README screenshots, with a throw-away state file and dependency cache so that a developer's
// own sandbox and data are untouched.

import { mkdtemp, rm } from 'node:fs/promises';
import { createServer as createNetServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createServer, type Plugin, type ViteDevServer } from 'vite';

/** Tried first; any free port otherwise. Never 5173/5190/5301, used by other servers. */
export const PREFERRED_PORT = 5290;
const HOST = '127.0.0.1';

export interface RunningSandbox {
  /** The host page's origin: `localhost`, so the app's iframe on 127.0.0.1 is cross-origin */
  readonly hostOrigin: string;
  /** The control API's origin, on the address the server listens on */
  readonly controlOrigin: string;
  readonly port: number;
  /** Closes the server and deletes the state file; safe to call twice */
  readonly stop: () => Promise<void>;
}

/** Resolves to the port a listener got, or null when `port` is taken. */
function listenOnce(port: number): Promise<number | null> {
  return new Promise((resolve) => {
    const probe = createNetServer();
    probe.once('error', () => {
      resolve(null);
    });
    probe.listen(port, HOST, () => {
      const address = probe.address();
      const got = typeof address === 'object' && address !== null ? address.port : null;
      probe.close(() => {
        resolve(got);
      });
    });
  });
}

export async function freePort(preferred: number): Promise<number> {
  const port = (await listenOnce(preferred)) ?? (await listenOnce(0));
  if (port === null) throw new Error('no free TCP port on 127.0.0.1');
  return port;
}

async function startVite(root: string, port: number, workDir: string, plugins: Plugin[]): Promise<ViteDevServer> {
  // The sandbox plugin reads the state file's name from the environment when the server starts.
  process.env.SANDBOX_STATE_FILE = join(workDir, 'state.json');
  // The HTML keeps Zendesk's CDN URL, as in Zendesk; the browser routes it to the stand-in (e2e/support/zafSdk.ts).
  process.env.SANDBOX_SDK = 'cdn';
  const server = await createServer({
    configFile: join(root, 'vite.config.ts'),
    mode: 'dist',
    // The sandbox warns that a new state file starts from the seed: expected here.
    logLevel: 'error',
    clearScreen: false,
    cacheDir: join(workDir, 'vite-cache'),
    server: { host: HOST, port, strictPort: true, watch: null },
    plugins,
  });
  try {
    await server.listen();
    return server;
  } catch (error) {
    await server.close();
    throw error;
  }
}

/** `plugins` are added to vite.config.ts's, e.g. the bench's floor page. */
export async function startSandbox(root: string, port: number, plugins: Plugin[] = []): Promise<RunningSandbox> {
  const workDir = await mkdtemp(join(tmpdir(), 'call-logger-sandbox-'));
  const removeWorkDir = () => rm(workDir, { recursive: true, force: true });
  const server = await startVite(root, port, workDir, plugins).catch(async (error: unknown) => {
    await removeWorkDir();
    throw error;
  });
  let stopped: Promise<void> | null = null;
  const stop = async () => {
    try {
      await server.close();
    } finally {
      await removeWorkDir();
    }
  };
  return {
    hostOrigin: `http://localhost:${port}`,
    controlOrigin: `http://${HOST}:${port}`,
    port,
    // Once only: an interrupt and the normal end may both ask.
    stop: () => (stopped ??= stop()),
  };
}
