import type { AppPackage } from './appPackage.ts';
import { isJsonObject, type JsonObject, type JsonValue } from './json.ts';

// Test support: a small valid package built in memory, and ways to break one thing in it.

export const bytesOf = (text: string): Uint8Array => new TextEncoder().encode(text);
const jsonBytes = (value: JsonValue): Uint8Array => bytesOf(`${JSON.stringify(value, null, 2)}\n`);

/** The start of a PNG: signature and IHDR, which is all the validator reads. */
export function pngOfSize(width: number, height: number): Uint8Array {
  const bytes = new Uint8Array(33);
  bytes.set([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52]);
  const view = new DataView(bytes.buffer);
  view.setUint32(16, width);
  view.setUint32(20, height);
  bytes.set([8, 6, 0, 0, 0], 24);
  return bytes;
}

export function validManifest(): JsonObject {
  return {
    name: 'Call Logger',
    author: { name: 'Call Logger team', email: 'team@example.com', url: 'https://example.com' },
    defaultLocale: 'en',
    private: true,
    location: { support: { ticket_sidebar: { url: 'assets/iframe.html', flexible: true } } },
    version: '1.2.3',
    frameworkVersion: '2.0',
    parameters: [
      { name: 'company_line', type: 'text', required: false },
      { name: 'default_country', type: 'text', default: 'US' },
    ],
  };
}

/** Labels for the fixture manifest's settings, as app.parameters holds them. */
export function validLabels(): JsonObject {
  return { company_line: { label: 'Company line' }, default_country: { label: 'Default country' } };
}

export function validTranslations(): JsonObject {
  return { app: { name: 'Call Logger', parameters: validLabels() } };
}

/** A page as Zendesk wants it: the SDK's CDN script, then the app's module. */
export const VALID_IFRAME_HTML =
  '<!doctype html><script src="https://static.zdassets.com/zendesk_app_framework_sdk/2.0/zaf_sdk.min.js"></script>' +
  '<script type="module" src="./iframe-abc.js"></script>';

export function validPackage(): AppPackage {
  const files = new Map<string, Uint8Array>([
    ['manifest.json', jsonBytes(validManifest())],
    ['translations/en.json', jsonBytes(validTranslations())],
    ['translations/de.json', jsonBytes({ app: { parameters: { company_line: { label: 'Firmennummer' } } } })],
    ['assets/iframe.html', bytesOf(VALID_IFRAME_HTML)],
    ['assets/iframe-abc.js', bytesOf('console.log("call logger");')],
    ['assets/logo.png', pngOfSize(320, 320)],
    ['assets/logo-small.png', pngOfSize(128, 128)],
    ['assets/logo.svg', bytesOf('<svg xmlns="http://www.w3.org/2000/svg"><circle r="4"/></svg>')],
  ]);
  return { files, symlinks: [] };
}

/** The package with some files replaced (string or bytes), removed (undefined), and these symlinks. */
export function changeFiles(
  pkg: AppPackage,
  changes: Record<string, Uint8Array | string | undefined>,
  symlinks: string[] = [],
): AppPackage {
  const files = new Map(pkg.files);
  for (const [path, content] of Object.entries(changes)) {
    if (content === undefined) files.delete(path);
    else files.set(path, typeof content === 'string' ? bytesOf(content) : content);
  }
  return { files, symlinks };
}

/** A valid package with some files replaced, removed or symlinked. */
export function withFiles(
  changes: Record<string, Uint8Array | string | undefined>,
  symlinks: string[] = [],
): AppPackage {
  return changeFiles(validPackage(), changes, symlinks);
}

export function withJson(path: string, value: JsonValue): AppPackage {
  return withFiles({ [path]: jsonBytes(value) });
}

/** A valid package whose manifest was changed by `change`. */
export function withManifest(change: (manifest: JsonObject) => void): AppPackage {
  const manifest = validManifest();
  change(manifest);
  return withJson('manifest.json', manifest);
}

/** A valid package whose default-locale translations were changed by `change`. */
export function withTranslations(change: (translations: JsonObject) => void): AppPackage {
  const translations = validTranslations();
  change(translations);
  return withJson('translations/en.json', translations);
}

/** The package with translations/en.json labelling every setting its manifest declares. */
export function labelSettings(pkg: AppPackage): AppPackage {
  const manifest = JSON.parse(new TextDecoder().decode(pkg.files.get('manifest.json'))) as JsonObject;
  const settings = Array.isArray(manifest.parameters) ? manifest.parameters : [];
  const names = settings.flatMap((setting) =>
    isJsonObject(setting) && typeof setting.name === 'string' ? [setting.name] : [],
  );
  const parameters = Object.fromEntries(names.map((name) => [name, { label: `Label of ${name}` }]));
  return changeFiles(pkg, { 'translations/en.json': JSON.stringify({ app: { name: 'Call Logger', parameters } }) });
}
