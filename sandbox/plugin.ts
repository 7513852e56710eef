// Vite glue: mounts the fake Zendesk API, the control API, the built app's
// files (in --mode dist) and the host page on the dev server.

import type { IncomingMessage, ServerResponse } from 'node:http';
import { relative, resolve } from 'node:path';
import type { Plugin, ViteDevServer } from 'vite';
import { readAppName, readAppSummary } from './api/appManifest.ts';
import { DEFAULT_STATE_FILE } from './api/persistence.ts';
import { createSandboxMiddleware, createSandboxRuntime, type SandboxRuntime } from './api/server.ts';
import { createSdkStandInMiddleware, sdkSourceFrom } from './sdkStandIn.ts';
import { SANDBOX_SDK_PATH, pointSdkAtSandbox } from './shared/zafSdk.ts';
import { createStaticAppMiddleware } from './staticApp.ts';

export interface SandboxOptions {
  /** The ZAF app's folder, relative to Vite's root: '.' for sources, 'dist' for the build. */
  appDir: string;
  /** The state file; default: env SANDBOX_STATE_FILE, else .sandbox/state.json (relative to the root). */
  stateFile?: string;
}

const HOST_PAGE = '/sandbox/host/index.html';

/** `/` and `/?query` are the host page; Vite compiles and hot-reloads it from sandbox/host/. */
function rewriteHostPage(request: IncomingMessage, _response: ServerResponse, next: () => void): void {
  const url = request.url ?? '/';
  if (url === '/' || url.startsWith('/?')) request.url = HOST_PAGE;
  next();
}

function describeStart(runtime: SandboxRuntime, stateLabel: string): string | null {
  const { loaded } = runtime;
  if (loaded.origin === 'seed') return `Zendesk sandbox: no state file yet, started from the seed (${stateLabel})`;
  if (loaded.origin === 'reseeded-corrupt') {
    return `Zendesk sandbox: ${stateLabel} was unreadable (${loaded.problem ?? 'unknown problem'}); moved to ${loaded.backup ?? '?'} and started from the seed`;
  }
  return null;
}

function announceWhenListening(server: ViteDevServer, line: (port: number) => string): void {
  const httpServer = server.httpServer;
  if (!httpServer) return;
  let printed = false;
  const print = () => {
    const address = httpServer.address();
    if (printed || address === null || typeof address === 'string') return;
    printed = true;
    server.config.logger.info(`\n  ${line(address.port)}\n`);
  };
  // After Vite's own banner when the CLI prints it; on its own otherwise.
  const printUrls = server.printUrls.bind(server);
  server.printUrls = () => {
    printUrls();
    print();
  };
  httpServer.once('listening', () => setTimeout(print, 1000).unref());
}

export function zendeskSandbox(options: SandboxOptions): Plugin {
  const sdkSource = sdkSourceFrom(process.env.SANDBOX_SDK);
  // With no internet the CDN script cannot load: pages get the stand-in instead, unless told otherwise.
  const servedHtml = (html: string) => (sdkSource === 'cdn' ? html : pointSdkAtSandbox(html));
  return {
    name: 'zendesk-sandbox',
    apply: 'serve',
    transformIndexHtml: servedHtml,
    configureServer(server) {
      const root = server.config.root;
      const appDir = resolve(root, options.appDir);
      const appDirLabel = relative(root, appDir) || '.';
      const stateFile = resolve(root, options.stateFile ?? process.env.SANDBOX_STATE_FILE ?? DEFAULT_STATE_FILE);
      const relativeState = relative(root, stateFile);
      const stateLabel = relativeState.startsWith('..') ? stateFile : relativeState;
      const runtime = createSandboxRuntime({
        stateFile,
        readApp: () => readAppSummary(appDir, appDirLabel),
        readAppName: () => readAppName(appDir),
      });

      const notice = describeStart(runtime, stateLabel);
      if (notice) server.config.logger.warn(notice);
      const problem = runtime.readApp().problem;
      if (problem) server.config.logger.warn(`Zendesk sandbox: ${problem}`);

      server.middlewares.use(
        createSdkStandInMiddleware(root, (message) => {
          server.config.logger.error(message);
        }),
      );
      server.middlewares.use(createSandboxMiddleware(runtime));
      if (appDirLabel !== '.') server.middlewares.use(createStaticAppMiddleware(appDir, appDirLabel, servedHtml));
      server.middlewares.use(rewriteHostPage);
      server.httpServer?.on('close', () => runtime.events.closeAll());

      announceWhenListening(
        server,
        (port) =>
          `Zendesk sandbox: http://localhost:${port}/  (app from ${appDirLabel}, state in ${stateLabel}, ZAF SDK from ${sdkSource === 'cdn' ? "Zendesk's CDN" : SANDBOX_SDK_PATH})`,
      );
    },
  };
}
