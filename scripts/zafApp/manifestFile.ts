import { MANIFEST_PATH, type AppPackage } from './appPackage.ts';
import { error, type Finding } from './findings.ts';
import { decodeUtf8, isJsonObject, parseJsonBytes, type JsonObject } from './json.ts';
import { scanJson } from './jsonMembers.ts';

export interface ManifestRead {
  /** The parsed manifest, or undefined when there is none to check further. */
  readonly manifest: JsonObject | undefined;
  readonly findings: readonly Finding[];
}

const fail = (finding: Finding): ManifestRead => ({ manifest: undefined, findings: [finding] });

/** Finds and parses manifest.json the way Zendesk does, including its duplicate-key check. */
export function readManifest(pkg: AppPackage): ManifestRead {
  const bytes = pkg.files.get(MANIFEST_PATH);
  if (bytes === undefined) {
    const nested = [...pkg.files.keys()].find((path) => /^[^/]+\/manifest\.json$/.test(path));
    if (nested !== undefined) {
      return fail(
        error({
          rule: 'manifest.nested',
          file: MANIFEST_PATH,
          key: '',
          problem: `is not at the root of the package, but ${nested} is`,
          fix: 'zip the contents of the app folder, not the folder itself (npm run package does this)',
        }),
      );
    }
    return fail(
      error({
        rule: 'manifest.missing',
        file: MANIFEST_PATH,
        key: '',
        problem: 'is missing',
        fix: 'build with `npm run build` (it copies manifest.json into dist/) and validate dist/',
      }),
    );
  }
  const parsed = parseJsonBytes(bytes);
  if (!parsed.ok) {
    return fail(
      error({
        rule: 'manifest.json',
        file: MANIFEST_PATH,
        key: '',
        problem: `is not valid JSON: ${parsed.reason}`,
        fix: 'fix the syntax in manifest.json',
      }),
    );
  }
  if (!isJsonObject(parsed.value)) {
    return fail(
      error({
        rule: 'manifest.object',
        file: MANIFEST_PATH,
        key: '',
        problem: 'is not a JSON object',
        fix: 'make manifest.json one object: {"name": ..., "author": ..., "location": ...}',
      }),
    );
  }
  const duplicates = scanJson(decodeUtf8(bytes) ?? '').duplicateKeys;
  const findings = duplicates.map((key) =>
    error({
      rule: 'manifest.duplicateKey',
      file: MANIFEST_PATH,
      key,
      problem: 'appears twice in the same object (Zendesk rejects duplicate keys)',
      fix: 'keep one of the two entries',
    }),
  );
  return { manifest: parsed.value, findings };
}
