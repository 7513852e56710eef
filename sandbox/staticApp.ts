// Serves a built app (dist/) as Zendesk would: manifest.json, translations/
// and assets/ as plain files, ahead of Vite so sources never stand in for it.

import { existsSync, readFileSync, statSync } from 'node:fs';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { extname, resolve, sep } from 'node:path';

const CONTENT_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.txt': 'text/plain; charset=utf-8',
};

/** True for the paths a ZAF app package holds. */
export function isAppFilePath(pathname: string): boolean {
  return pathname === '/manifest.json' || pathname.startsWith('/translations/') || pathname.startsWith('/assets/');
}

/** The file under `appDir` for a URL path, or null when the path would leave it. */
export function appFileFor(appDir: string, pathname: string): string | null {
  let decoded: string;
  try {
    decoded = decodeURIComponent(pathname);
  } catch {
    return null;
  }
  const file = resolve(appDir, `.${decoded}`);
  return file.startsWith(appDir + sep) ? file : null;
}

/** `transformHtml` changes the app's HTML pages on the way out; the files on disk stay as built. */
export function createStaticAppMiddleware(
  appDir: string,
  appDirLabel: string,
  transformHtml: (html: string) => string = (html) => html,
) {
  const root = resolve(appDir);
  return (request: IncomingMessage, response: ServerResponse, next: () => void): void => {
    const pathname = new URL(request.url ?? '/', 'http://sandbox.invalid').pathname;
    if (!isAppFilePath(pathname) || (request.method !== 'GET' && request.method !== 'HEAD')) {
      next();
      return;
    }
    const file = appFileFor(root, pathname);
    if (!file || !existsSync(file) || !statSync(file).isFile()) {
      response.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' });
      response.end(`Not found in ${appDirLabel}/: ${pathname}`);
      return;
    }
    const extension = extname(file).toLowerCase();
    const type = CONTENT_TYPES[extension] ?? 'application/octet-stream';
    const body = extension === '.html' ? transformHtml(readFileSync(file, 'utf8')) : readFileSync(file);
    response.writeHead(200, { 'content-type': type, 'cache-control': 'no-store' });
    response.end(request.method === 'HEAD' ? undefined : body);
  };
}
