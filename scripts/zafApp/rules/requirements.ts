import { REQUIREMENTS_PATH, type AppPackage } from '../appPackage.ts';
import { fileError, fileWarning, keyError, type Finding } from '../findings.ts';
import { parseJsonObject } from '../json.ts';

/**
 * requirements.json (targets, fields, webhooks installed with the app): we check that it
 * parses like Zendesk parses it; its many content rules are only checked on upload.
 */
export function checkRequirements(pkg: AppPackage): Finding[] {
  const bytes = pkg.files.get(REQUIREMENTS_PATH);
  if (bytes === undefined) return [];
  const parsed = parseJsonObject(bytes);
  if (parsed.kind === 'invalid') {
    return [
      fileError('requirements.json', REQUIREMENTS_PATH, `is not valid JSON: ${parsed.reason}`, 'fix the JSON syntax'),
    ];
  }
  if (parsed.kind === 'notObject') {
    return [fileError('requirements.json', REQUIREMENTS_PATH, 'is not a JSON object', 'write {"targets": {...}, ...}')];
  }
  const duplicates = parsed.duplicateKeys.map((key) =>
    keyError(
      'requirements.duplicateKey',
      REQUIREMENTS_PATH,
      key,
      'appears twice in the same object',
      'keep one of the two entries',
    ),
  );
  const unchecked = fileWarning(
    'requirements.unchecked',
    REQUIREMENTS_PATH,
    'is only checked for JSON here; Zendesk checks its contents on upload',
    'validate once with `zcli apps:validate` on an account',
  );
  return [...duplicates, unchecked];
}
