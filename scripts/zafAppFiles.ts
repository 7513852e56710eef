import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Plugin } from 'vite';
import { PNG_LOGOS, SVG_LOGO_PATH } from './zafApp/appPackage.ts';

/** Files of the ZAF app that Zendesk reads beside the bundle: copied as they are into dist/. */
const LOGO_PATHS = [...PNG_LOGOS.map(({ path }) => path), SVG_LOGO_PATH];
/** The icons Zendesk draws in its bars, copied when the app has them (the validator says which it needs). */
const ICON_PATHS = ['assets/icon_top_bar.svg', 'assets/icon_nav_bar.svg'];
const LOCAL_CONFIG = 'zcli.apps.config.json';

interface Manifest {
  version?: unknown;
}

/**
 * Adds manifest.json, translations/*.json, the logos and bar icons to the build, so that
 * dist/ is the whole ZAF app, and stops the build when package.json and
 * manifest.json disagree on the version.
 */
export function zafAppFiles(root: string): Plugin {
  const read = (path: string) => readFileSync(join(root, path), 'utf8');
  return {
    name: 'call-logger:zaf-app-files',
    apply: 'build',
    buildStart() {
      const pkg = JSON.parse(read('package.json')) as { version?: unknown };
      const manifest = JSON.parse(read('manifest.json')) as Manifest;
      if (pkg.version !== manifest.version) {
        this.error(
          `package.json has version ${String(pkg.version)} but manifest.json has ${String(manifest.version)}. ` +
            'Run `npm version <new-version>` to bump both together.',
        );
      }
    },
    generateBundle() {
      this.emitFile({ type: 'asset', fileName: 'manifest.json', source: read('manifest.json') });
      for (const file of readdirSync(join(root, 'translations'))) {
        if (file.endsWith('.json')) {
          this.emitFile({ type: 'asset', fileName: `translations/${file}`, source: read(`translations/${file}`) });
        }
      }
      for (const path of LOGO_PATHS) {
        this.emitFile({ type: 'asset', fileName: path, source: readFileSync(join(root, path)) });
      }
      for (const path of ICON_PATHS.filter((icon) => existsSync(join(root, icon)))) {
        this.emitFile({ type: 'asset', fileName: path, source: readFileSync(join(root, path)) });
      }
      // For `zcli apps:server dist` and the sandbox: local settings and app_id. Never packaged.
      if (existsSync(join(root, LOCAL_CONFIG))) {
        this.emitFile({ type: 'asset', fileName: LOCAL_CONFIG, source: read(LOCAL_CONFIG) });
      }
    },
  };
}
