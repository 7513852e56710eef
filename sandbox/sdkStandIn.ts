// The offline stand-in for Zendesk's CDN SDK: the npm package zendesk_app_framework_sdk
// (CommonJS) built once per server into a classic script that sets window.ZAFClient,
// as the CDN file does. Served at SANDBOX_SDK_PATH; the app's HTML is pointed at it
// unless SANDBOX_SDK=cdn (then a browser must reach the CDN, or a test routes it).

import type { IncomingMessage, ServerResponse } from 'node:http';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { build, type Rolldown } from 'vite';
import { SANDBOX_SDK_PATH } from './shared/zafSdk.ts';

export type SdkSource = 'sandbox' | 'cdn';

/** SANDBOX_SDK=cdn keeps the CDN URL in the app's HTML; anything else serves the stand-in. */
export function sdkSourceFrom(value: string | undefined): SdkSource {
  return value === 'cdn' ? 'cdn' : 'sandbox';
}

function isChunk(output: Rolldown.OutputChunk | Rolldown.OutputAsset): output is Rolldown.OutputChunk {
  return output.type === 'chunk';
}

/** The npm package as one IIFE whose top-level `var ZAFClient` becomes window.ZAFClient. */
export async function buildSdkStandIn(root: string): Promise<string> {
  const entry = createRequire(join(root, 'package.json')).resolve('zendesk_app_framework_sdk');
  const result = await build({
    configFile: false,
    root,
    mode: 'production',
    logLevel: 'silent',
    publicDir: false,
    build: {
      write: false,
      minify: false,
      lib: { entry, formats: ['iife'], name: 'ZAFClient', fileName: () => 'zaf_sdk.js' },
    },
  });
  const outputs = (Array.isArray(result) ? result : [result]).flatMap((one) => ('output' in one ? one.output : []));
  const chunk = outputs.find(isChunk);
  if (chunk === undefined) throw new Error('building the ZAF SDK stand-in gave no script');
  return chunk.code;
}

/** Serves the stand-in, built on its first request and kept in memory. */
export function createSdkStandInMiddleware(root: string, onError: (message: string) => void) {
  let script: Promise<string> | null = null;
  return (request: IncomingMessage, response: ServerResponse, next: () => void): void => {
    const pathname = new URL(request.url ?? '/', 'http://sandbox.invalid').pathname;
    if (pathname !== SANDBOX_SDK_PATH) {
      next();
      return;
    }
    script ??= buildSdkStandIn(root);
    script.then(
      (code) => {
        response.writeHead(200, { 'content-type': 'text/javascript; charset=utf-8', 'cache-control': 'no-store' });
        response.end(request.method === 'HEAD' ? undefined : code);
      },
      (error: unknown) => {
        script = null;
        const message = `Zendesk sandbox: could not build the ZAF SDK stand-in: ${String(error)}`;
        onError(message);
        response.writeHead(500, { 'content-type': 'text/plain; charset=utf-8' });
        response.end(message);
      },
    );
  };
}
