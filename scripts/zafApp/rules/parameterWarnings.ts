import { manifestWarning, type Finding } from '../findings.ts';
import type { JsonObject } from '../json.ts';
import { listParameters } from './parameters.ts';

/** Names that suggest a secret (validations/secure_settings.rb SECURABLE_KEYWORDS). */
const SECRET_LOOKING_NAME = /token|key|pwd|password/i;

/** Zendesk's upload warnings about settings that may leak secrets; they do not block the upload. */
export function checkParameterWarnings(manifest: JsonObject): Finding[] {
  const findings: Finding[] = [];
  for (const { key, name, fields } of listParameters(manifest)) {
    const type = fields.type ?? 'text';
    const secure = fields.secure === true;
    if (name !== undefined && SECRET_LOOKING_NAME.test(name) && type === 'text' && !secure) {
      findings.push(
        manifestWarning(
          'parameters.insecure',
          key,
          `"${name}" looks like a secret but is not secure`,
          'add "secure": true so Zendesk keeps it server-side',
        ),
      );
    }
    if ('default' in fields && (secure || type === 'hidden')) {
      findings.push(
        manifestWarning(
          'parameters.secretDefault',
          `${key}.default`,
          'a default on a secure or hidden setting is not stored securely',
          'make sure the default holds no sensitive data',
        ),
      );
    }
    if (secure && !(Array.isArray(fields.scopes) && fields.scopes.length > 0)) {
      findings.push(
        manifestWarning(
          'parameters.noScopes',
          key,
          'is secure but has no "scopes"',
          'add "scopes": ["header"] (or wherever it is used) to limit token exposure',
        ),
      );
    }
  }
  return findings;
}
