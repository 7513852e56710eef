import { isJsonObject, type JsonValue } from './json.ts';
import { scanJson } from './jsonMembers.ts';

/**
 * Returns the manifest text with its top-level "version" replaced, every other byte kept
 * (indentation, key order, trailing newline), so the diff of a release is one line.
 */
export function setManifestVersion(manifestText: string, version: string): string {
  const parsed = JSON.parse(manifestText) as JsonValue;
  if (!isJsonObject(parsed)) throw new Error('manifest.json is not a JSON object');
  const member = scanJson(manifestText).members.find(({ path }) => path.length === 1 && path[0] === 'version');
  if (member === undefined)
    throw new Error('manifest.json has no top-level "version" to update; add "version": "0.0.0" first');
  return manifestText.slice(0, member.valueStart) + JSON.stringify(version) + manifestText.slice(member.valueEnd);
}
