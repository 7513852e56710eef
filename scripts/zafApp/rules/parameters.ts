import { manifestError, type Finding } from '../findings.ts';
import { describe, isAbsent, isJsonObject, type JsonObject } from '../json.ts';

/** Setting types Zendesk accepts (manifest/parameter.rb TYPES; `mtls` only behind a Zendesk flag). */
export const PARAMETER_TYPES = ['text', 'checkbox', 'url', 'number', 'multiline', 'hidden', 'oauth'];
/** Where a secure setting may be inserted (validations/manifest.rb SECURE_PARAM_SCOPES). */
export const SECURE_SCOPES = [
  'header',
  'body',
  'url',
  'jwt_secret_key',
  'jwt_claim',
  'basic_auth_username',
  'basic_auth_password',
];

export interface Parameter {
  readonly index: number;
  readonly key: string;
  readonly name: string | undefined;
  readonly fields: JsonObject;
}

/** The parameters that are objects, each with the key to report it under. */
export function listParameters(manifest: JsonObject): Parameter[] {
  const { parameters } = manifest;
  if (!Array.isArray(parameters)) return [];
  return parameters.flatMap((fields, index) => {
    if (!isJsonObject(fields)) return [];
    const name = typeof fields.name === 'string' ? fields.name : undefined;
    return [{ index, key: `parameters[${index}]`, name, fields }];
  });
}

function shape(manifest: JsonObject): Finding[] {
  const { parameters } = manifest;
  if (isAbsent(parameters)) return [];
  if (!Array.isArray(parameters)) {
    return [
      manifestError(
        'parameters.array',
        'parameters',
        `must be an array, got ${describe(parameters)}`,
        'write "parameters": [{"name": "...", "type": "text"}]',
      ),
    ];
  }
  return parameters.flatMap((fields, index) =>
    isJsonObject(fields)
      ? []
      : [
          manifestError(
            'parameters.item',
            `parameters[${index}]`,
            `must be an object, got ${describe(fields)}`,
            'write {"name": "...", "type": "text"}',
          ),
        ],
  );
}

function names(parameters: readonly Parameter[]): Finding[] {
  const findings: Finding[] = [];
  const seen = new Set<string>();
  for (const { key, name, fields } of parameters) {
    if (name === undefined || name.trim() === '') {
      findings.push(
        manifestError(
          'parameters.name',
          `${key}.name`,
          `must be a non-empty string, got ${describe(fields.name)}`,
          'give the setting a name, e.g. "company_line"',
        ),
      );
    } else if (seen.has(name)) {
      findings.push(
        manifestError(
          'parameters.duplicate',
          `${key}.name`,
          `"${name}" is defined twice`,
          'rename or remove one of the two settings',
        ),
      );
    } else if (name === 'name') {
      findings.push(
        manifestError(
          'parameters.reservedName',
          `${key}.name`,
          'a setting cannot be called "name" (Zendesk keeps the installation\'s name under that key)',
          'rename the setting',
        ),
      );
    }
    if (name !== undefined) seen.add(name);
  }
  return findings;
}

function types(parameters: readonly Parameter[]): Finding[] {
  const findings: Finding[] = [];
  for (const { key, fields } of parameters) {
    const type = fields.type ?? 'text';
    if (typeof type !== 'string' || !PARAMETER_TYPES.includes(type)) {
      findings.push(
        manifestError(
          'parameters.type',
          `${key}.type`,
          `${describe(type)} is not a setting type`,
          `use one of: ${PARAMETER_TYPES.join(', ')}`,
        ),
      );
    }
    for (const flag of ['required', 'secure']) {
      if (!isAbsent(fields[flag]) && typeof fields[flag] !== 'boolean') {
        findings.push(
          manifestError(
            'parameters.boolean',
            `${key}.${flag}`,
            `must be true or false, got ${describe(fields[flag])}`,
            `write "${flag}": true or false, without quotes`,
          ),
        );
      }
    }
    if (type === 'hidden' && fields.required === true) {
      findings.push(
        manifestError(
          'parameters.hiddenRequired',
          `${key}.required`,
          'a hidden setting cannot be required (the admin never sees it)',
          'remove "required" or change the type',
        ),
      );
    }
  }
  return findings;
}

function scopes(parameters: readonly Parameter[]): Finding[] {
  const findings: Finding[] = [];
  for (const { key, fields } of parameters) {
    const value = fields.scopes;
    if (isAbsent(value)) continue;
    const scopeKey = `${key}.scopes`;
    if (fields.secure !== true) {
      findings.push(
        manifestError(
          'parameters.scopes',
          scopeKey,
          'is only allowed on a secure setting',
          'add "secure": true or remove "scopes"',
        ),
      );
    }
    if (!Array.isArray(value)) {
      findings.push(
        manifestError(
          'parameters.scopes',
          scopeKey,
          `must be an array, got ${describe(value)}`,
          `list where the value may go, e.g. ["header"]`,
        ),
      );
    } else if (value.length === 0) {
      findings.push(
        manifestError('parameters.scopes', scopeKey, 'is empty', `list at least one of: ${SECURE_SCOPES.join(', ')}`),
      );
    } else {
      const unknown = value.filter((scope) => typeof scope !== 'string' || !SECURE_SCOPES.includes(scope));
      if (unknown.length > 0) {
        findings.push(
          manifestError(
            'parameters.scopes',
            scopeKey,
            `has unknown scopes: ${unknown.map(describe).join(', ')}`,
            `use only: ${SECURE_SCOPES.join(', ')}`,
          ),
        );
      }
    }
  }
  return findings;
}

const OAUTH_KEYS = ['client_id', 'client_secret', 'authorize_uri', 'access_token_uri'];

function oauth(manifest: JsonObject, parameters: readonly Parameter[]): Finding[] {
  const findings: Finding[] = [];
  const oauthParameters = parameters.filter(({ fields }) => fields.type === 'oauth');
  if (oauthParameters.length > 1) {
    findings.push(
      manifestError(
        'parameters.oauth',
        'parameters',
        `has ${oauthParameters.length} oauth settings; Zendesk allows one`,
        'keep a single setting of type "oauth"',
      ),
    );
  }
  for (const { key, fields } of oauthParameters) {
    if (fields.secure === true) {
      findings.push(
        manifestError(
          'parameters.oauth',
          `${key}.secure`,
          'an oauth setting cannot be secure',
          'remove "secure" from the oauth setting',
        ),
      );
    }
  }
  const config = manifest.oauth;
  if (isAbsent(config)) return findings;
  const missing = OAUTH_KEYS.filter(
    (key) => !isJsonObject(config) || typeof config[key] !== 'string' || config[key] === '',
  );
  if (missing.length > 0) {
    findings.push(
      manifestError(
        'manifest.oauth',
        'oauth',
        `lacks ${missing.join(', ')}`,
        'fill in every oauth field, or remove "oauth"',
      ),
    );
  }
  if (oauthParameters.length === 0) {
    findings.push(
      manifestError(
        'manifest.oauth',
        'oauth',
        'is set, but no setting has type "oauth"',
        'add a parameter with "type": "oauth"',
      ),
    );
  }
  return findings;
}

/** The `parameters` array (the app's settings) and the manifest's `oauth` block that depends on it. */
export function checkParameters(manifest: JsonObject): Finding[] {
  const parameters = listParameters(manifest);
  return [
    ...shape(manifest),
    ...names(parameters),
    ...types(parameters),
    ...scopes(parameters),
    ...oauth(manifest, parameters),
  ];
}
