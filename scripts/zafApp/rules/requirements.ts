import { REQUIREMENTS_PATH, type AppPackage } from '../appPackage.ts';
import { error, warning, type Finding } from '../findings.ts';
import { decodeUtf8, isJsonObject, parseJsonBytes } from '../json.ts';
import { scanJson } from '../jsonMembers.ts';

/**
 * requirements.json (targets, fields, webhooks installed with the app): we check that it
 * parses like Zendesk parses it; its many content rules are only checked on upload.
 */
export function checkRequirements(pkg: AppPackage): Finding[] {
  const bytes = pkg.files.get(REQUIREMENTS_PATH);
  if (bytes === undefined) return [];
  const parsed = parseJsonBytes(bytes);
  const at = (rule: string, key: string, problem: string, fix: string) =>
    error({ rule, file: REQUIREMENTS_PATH, key, problem, fix });
  if (!parsed.ok) return [at('requirements.json', '', `is not valid JSON: ${parsed.reason}`, 'fix the JSON syntax')];
  if (!isJsonObject(parsed.value))
    return [at('requirements.json', '', 'is not a JSON object', 'write {"targets": {...}, ...}')];
  const duplicates = scanJson(decodeUtf8(bytes) ?? '').duplicateKeys.map((key) =>
    at('requirements.duplicateKey', key, 'appears twice in the same object', 'keep one of the two entries'),
  );
  const unchecked = warning({
    rule: 'requirements.unchecked',
    file: REQUIREMENTS_PATH,
    key: '',
    problem: 'is only checked for JSON here; Zendesk checks its contents on upload',
    fix: 'validate once with `zcli apps:validate` on an account',
  });
  return [...duplicates, unchecked];
}
