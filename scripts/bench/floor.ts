// The floor: bench/floor/ (React, Garden's theme, one input and one button, the SDK
// by its CDN script) built with the app's own build options into a directory of its
// own, and served by the sandbox under FLOOR_BASE.

import { existsSync, readFileSync, statSync } from 'node:fs';
import { join, resolve, sep, extname } from 'node:path';
import { build, loadConfigFromFile, type Plugin, type PluginOption, type Rolldown } from 'vite';

/** The floor's page in the sources; its built copy keeps the same path under the floor's directory. */
export const FLOOR_HTML = 'bench/floor/index.html';
/** Where the sandbox serves the built floor: `${FLOOR_BASE}/${FLOOR_HTML}` is its page. */
export const FLOOR_BASE = '/__bench/floor';
export const FLOOR_PAGE = `${FLOOR_BASE}/${FLOOR_HTML}`;

const APP_FILES_PLUGIN = 'call-logger:zaf-app-files';

function isPlugin(option: PluginOption): option is Plugin {
  return typeof option === 'object' && option !== null && !Array.isArray(option) && 'name' in option;
}

/** The config's plugins, nested arrays flattened, without the one that adds the ZAF app's files. */
function buildPlugins(options: readonly PluginOption[]): Plugin[] {
  return options.flatMap((option): Plugin[] => {
    if (Array.isArray(option)) return buildPlugins(option);
    return isPlugin(option) && option.name !== APP_FILES_PLUGIN ? [option] : [];
  });
}

/** Builds the floor into `outDir` with vite.config.ts's plugins and build options; only the input differs. */
export async function buildFloor(root: string, outDir: string): Promise<Rolldown.OutputChunk[]> {
  const loaded = await loadConfigFromFile(
    { command: 'build', mode: 'production', isSsrBuild: false, isPreview: false },
    join(root, 'vite.config.ts'),
    root,
    'warn',
  );
  if (loaded === null) throw new Error('vite.config.ts gave no config');
  const { config } = loaded;
  const options = config.build ?? {};
  const result = await build({
    configFile: false,
    root,
    base: config.base ?? './',
    publicDir: false,
    logLevel: 'warn',
    plugins: buildPlugins(config.plugins ?? []),
    build: {
      ...options,
      outDir,
      emptyOutDir: true,
      reportCompressedSize: false,
      // vite.config.ts names them rollupOptions (chunk names); only the input is the floor's own.
      // eslint-disable-next-line @typescript-eslint/no-deprecated
      rollupOptions: { ...options.rollupOptions, input: { floor: join(root, FLOOR_HTML) } },
    },
  });
  if (Array.isArray(result) || !('output' in result)) throw new Error('the floor build gave no single bundle');
  return result.output.filter((item) => item.type === 'chunk');
}

const TYPES: Readonly<Record<string, string>> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
};

/** A sandbox plugin serving the built floor as plain files under FLOOR_BASE, ahead of Vite. */
export function serveFloor(outDir: string): Plugin {
  const base = resolve(outDir);
  return {
    name: 'call-logger:bench-floor',
    configureServer(server) {
      server.middlewares.use(FLOOR_BASE, (request, response, next) => {
        const pathname = new URL(request.url ?? '/', 'http://bench.invalid').pathname;
        const file = resolve(base, `.${decodeURIComponent(pathname)}`);
        if (!file.startsWith(base + sep) || !existsSync(file) || !statSync(file).isFile()) {
          next();
          return;
        }
        response.writeHead(200, {
          'content-type': TYPES[extname(file)] ?? 'application/octet-stream',
          'cache-control': 'no-store',
        });
        response.end(readFileSync(file));
      });
    },
  };
}
