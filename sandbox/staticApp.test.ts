import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { appFileFor, createStaticAppMiddleware, isAppFilePath } from './staticApp.ts';

/** What the middleware answered for a GET of `url`. */
function serve(middleware: ReturnType<typeof createStaticAppMiddleware>, url: string): string {
  let body = '';
  const response = {
    writeHead: () => response,
    end: (chunk?: Buffer | string) => {
      body = chunk === undefined ? '' : chunk.toString();
    },
  };
  middleware(
    { url, method: 'GET' } as unknown as IncomingMessage,
    response as unknown as ServerResponse,
    () => undefined,
  );
  return body;
}

describe('serving the built app', () => {
  it('serves only the paths a ZAF app package holds', () => {
    expect(isAppFilePath('/manifest.json')).toBe(true);
    expect(isAppFilePath('/translations/en.json')).toBe(true);
    expect(isAppFilePath('/assets/iframe.html')).toBe(true);
    expect(isAppFilePath('/src/main.tsx')).toBe(false);
    expect(isAppFilePath('/')).toBe(false);
  });

  it('never leaves the app folder', () => {
    expect(appFileFor('/work/app/dist', '/assets/iframe.html')).toBe('/work/app/dist/assets/iframe.html');
    expect(appFileFor('/work/app/dist', '/assets/../../package.json')).toBeNull();
    expect(appFileFor('/work/app/dist', '/assets/%2e%2e/%2e%2e/package.json')).toBeNull();
    expect(appFileFor('/work/app/dist', '/assets/%E0%A4%A')).toBeNull();
  });

  it('changes the app’s HTML on the way out, never the file on disk', () => {
    const dir = mkdtempSync(join(tmpdir(), 'static-app-'));
    mkdirSync(join(dir, 'assets'));
    writeFileSync(join(dir, 'assets', 'iframe.html'), '<script src="cdn"></script>');
    writeFileSync(join(dir, 'assets', 'app.js'), 'cdn');
    const middleware = createStaticAppMiddleware(dir, 'dist', (html) => html.replace('cdn', 'local'));
    expect(serve(middleware, '/assets/iframe.html')).toBe('<script src="local"></script>');
    expect(serve(middleware, '/assets/app.js')).toBe('cdn');
    expect(readFileSync(join(dir, 'assets', 'iframe.html'), 'utf8')).toBe('<script src="cdn"></script>');
  });
});
