import { MANIFEST_PATH, type AppPackage } from './appPackage.ts';
import { fileError, manifestError, type Finding } from './findings.ts';
import { parseJsonObject, type JsonObject } from './json.ts';

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
        fileError(
          'manifest.nested',
          MANIFEST_PATH,
          `is not at the root of the package, but ${nested} is`,
          'zip the contents of the app folder, not the folder itself (npm run package does this)',
        ),
      );
    }
    return fail(
      fileError(
        'manifest.missing',
        MANIFEST_PATH,
        'is missing',
        'build with `npm run build` (it copies manifest.json into dist/) and validate dist/',
      ),
    );
  }
  const parsed = parseJsonObject(bytes);
  if (parsed.kind === 'invalid') {
    return fail(
      fileError(
        'manifest.json',
        MANIFEST_PATH,
        `is not valid JSON: ${parsed.reason}`,
        'fix the syntax in manifest.json',
      ),
    );
  }
  if (parsed.kind === 'notObject') {
    return fail(
      fileError(
        'manifest.object',
        MANIFEST_PATH,
        'is not a JSON object',
        'make manifest.json one object: {"name": ..., "author": ..., "location": ...}',
      ),
    );
  }
  const findings = parsed.duplicateKeys.map((key) =>
    manifestError(
      'manifest.duplicateKey',
      key,
      'appears twice in the same object (Zendesk rejects duplicate keys)',
      'keep one of the two entries',
    ),
  );
  return { manifest: parsed.value, findings };
}
