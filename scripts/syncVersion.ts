import { readFile, writeFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { setManifestVersion } from './zafApp/manifestVersion.ts';

// Run by npm's `version` lifecycle: package.json is already bumped, and npm commits what we `git add`.
const root = fileURLToPath(new URL('..', import.meta.url));
const manifestPath = `${root}manifest.json`;

const { version } = JSON.parse(await readFile(`${root}package.json`, 'utf8')) as { version?: unknown };
if (typeof version !== 'string') {
  console.error('✗ package.json has no "version" string to copy into manifest.json');
  process.exitCode = 1;
} else {
  const before = await readFile(manifestPath, 'utf8');
  const after = setManifestVersion(before, version);
  if (after !== before) await writeFile(manifestPath, after);
  console.log(after === before ? `manifest.json already at ${version}` : `manifest.json version → ${version}`);
}
