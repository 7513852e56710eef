import { manifestError, manifestWarning, type Finding } from '../findings.ts';
import { describe, isAbsent, isJsonObject, type JsonObject } from '../json.ts';

/** Framework versions Zendesk serves (zendesk_apps_support, app_version.rb: TO_BE_SERVED). */
export const FRAMEWORK_VERSIONS = ['2.0'];
/** Locale names Zendesk accepts (validations/translations.rb: VALID_LOCALE). */
export const VALID_LOCALE = /^[a-z]{2,3}(-\w{2,3})?$/;

const REQUIRED_FIX: Record<string, string> = {
  author: 'add "author": {"name": "...", "email": "..."}',
  defaultLocale: 'add "defaultLocale": "en" (and translations/en.json)',
  frameworkVersion: 'add "frameworkVersion": "2.0"',
  version: 'add "version"; `npm version` keeps it equal to package.json',
};
const BOOLEAN_KEYS = ['private', 'singleInstall', 'signedUrls', 'requirementsOnly', 'marketingOnly'];
const STRING_KEYS = [
  'name',
  'defaultLocale',
  'version',
  'frameworkVersion',
  'remoteInstallationURL',
  'termsConditionsURL',
  'gaID',
];
/** Every top-level key Zendesk reads (manifest.rb: RUBY_TO_JSON); others are ignored, usually typos. */
const KNOWN_KEYS = new Set([
  ...BOOLEAN_KEYS,
  ...STRING_KEYS,
  'author',
  'experiments',
  'noTemplate',
  'location',
  'oauth',
  'parameters',
  'domainWhitelist',
]);
const ALLOWED_EXPERIMENTS = ['hashParams', 'newCssCompiler'];

/** Zendesk accepts an http(s) URL with a host (validations/manifest.rb: valid_url?). */
export function isWebUrl(value: string): boolean {
  try {
    const url = new URL(value);
    return (url.protocol === 'https:' || url.protocol === 'http:') && url.hostname !== '';
  } catch {
    return false;
  }
}

function requiredKeys(manifest: JsonObject): Finding[] {
  return Object.entries(REQUIRED_FIX)
    .filter(([key]) => isAbsent(manifest[key]))
    .map(([key, fix]) => manifestError('manifest.required', key, 'is missing', fix));
}

function typedKeys(manifest: JsonObject): Finding[] {
  const booleans = BOOLEAN_KEYS.filter((key) => manifest[key] !== undefined && typeof manifest[key] !== 'boolean').map(
    (key) =>
      manifestError(
        'manifest.boolean',
        key,
        `must be true or false, got ${describe(manifest[key])}`,
        `write "${key}": true or false, without quotes`,
      ),
  );
  const strings = STRING_KEYS.filter((key) => !isAbsent(manifest[key]) && typeof manifest[key] !== 'string').map(
    (key) =>
      manifestError(
        'manifest.string',
        key,
        `must be a string, got ${describe(manifest[key])}`,
        `put the value of "${key}" in quotes`,
      ),
  );
  return [...booleans, ...strings];
}

function author(manifest: JsonObject): Finding[] {
  const value = manifest.author;
  if (isAbsent(value)) return [];
  if (!isJsonObject(value)) {
    return [
      manifestError(
        'manifest.author',
        'author',
        `must be an object, got ${describe(value)}`,
        'write "author": {"name": "...", "email": "...", "url": "https://..."}',
      ),
    ];
  }
  const findings = ['name', 'email']
    .filter((key) => typeof value[key] !== 'string' || value[key].trim() === '')
    .map((key) =>
      manifestError(
        'manifest.author',
        `author.${key}`,
        `must be a non-empty string, got ${describe(value[key])}`,
        `set author.${key}; it is where users of the app send support requests`,
      ),
    );
  const { email, url } = value;
  if (typeof email === 'string' && email.trim() !== '' && !/^[^\s@]+@[^\s@]+$/.test(email)) {
    findings.push(
      manifestError(
        'manifest.authorEmail',
        'author.email',
        `"${email}" is not an email address`,
        'use an address like support@example.com',
      ),
    );
  }
  if (!isAbsent(url) && (typeof url !== 'string' || !isWebUrl(url))) {
    findings.push(
      manifestError(
        'manifest.url',
        'author.url',
        `must be a valid http(s) URL, got ${describe(url)}`,
        'use a full URL such as https://example.com, or remove author.url',
      ),
    );
  }
  return findings;
}

function values(manifest: JsonObject): Finding[] {
  const findings: Finding[] = [];
  const { frameworkVersion, defaultLocale, version, termsConditionsURL } = manifest;
  if (typeof frameworkVersion === 'string' && !FRAMEWORK_VERSIONS.includes(frameworkVersion)) {
    findings.push(
      manifestError(
        'manifest.frameworkVersion',
        'frameworkVersion',
        `"${frameworkVersion}" is not a framework version Zendesk serves`,
        `use one of: ${FRAMEWORK_VERSIONS.join(', ')}`,
      ),
    );
  }
  if (typeof defaultLocale === 'string' && !VALID_LOCALE.test(defaultLocale)) {
    findings.push(
      manifestError(
        'manifest.defaultLocale',
        'defaultLocale',
        `"${defaultLocale}" is not a valid locale name`,
        'use a lowercase locale such as "en" or "pt-br"',
      ),
    );
  }
  // Our own rule: the zip is named after the version, so keep it a plain version string.
  if (typeof version === 'string' && !/^[0-9A-Za-z][0-9A-Za-z.+-]*$/.test(version)) {
    findings.push(
      manifestError(
        'manifest.version',
        'version',
        `"${version}" is empty or has characters other than letters, digits, ".", "+" and "-"`,
        'use a semantic version such as "1.2.0" (npm version sets it)',
      ),
    );
  }
  if (typeof termsConditionsURL === 'string' && !isWebUrl(termsConditionsURL)) {
    findings.push(
      manifestError(
        'manifest.url',
        'termsConditionsURL',
        `"${termsConditionsURL}" is not a valid http(s) URL`,
        'use a full URL such as https://example.com/terms',
      ),
    );
  }
  return findings;
}

function experiments(manifest: JsonObject): Finding[] {
  const value = manifest.experiments;
  if (value === undefined) return [];
  if (!isJsonObject(value)) {
    return [
      manifestError(
        'manifest.experiments',
        'experiments',
        `must be an object, got ${describe(value)}`,
        'remove "experiments" or write {"hashParams": true}',
      ),
    ];
  }
  // Like Zendesk, only experiments switched on (any value but false or null) count.
  return Object.entries(value)
    .filter(([name, enabled]) => enabled !== false && enabled !== null && !ALLOWED_EXPERIMENTS.includes(name))
    .map(([name]) =>
      manifestError(
        'manifest.experiments',
        `experiments.${name}`,
        'is not an experiment Zendesk offers',
        `remove it; allowed: ${ALLOWED_EXPERIMENTS.join(', ')}`,
      ),
    );
}

function legacyShapes(manifest: JsonObject): Finding[] {
  const findings: Finding[] = [];
  const { domainWhitelist, noTemplate } = manifest;
  if (
    !isAbsent(domainWhitelist) &&
    !(Array.isArray(domainWhitelist) && domainWhitelist.every((domain) => typeof domain === 'string'))
  ) {
    findings.push(
      manifestError(
        'manifest.domainWhitelist',
        'domainWhitelist',
        'must be an array of domain strings',
        'write "domainWhitelist": ["example.com"] or remove it',
      ),
    );
  }
  const noTemplateOff =
    isAbsent(noTemplate) || noTemplate === false || (Array.isArray(noTemplate) && noTemplate.length === 0);
  if (!noTemplateOff) {
    findings.push(
      manifestError(
        'manifest.noTemplate',
        'noTemplate',
        'is a framework v1 setting and is refused with frameworkVersion 2.0',
        'remove "noTemplate"; set autoLoad/autoHide on each location instead',
      ),
    );
  }
  return findings;
}

function appKind(manifest: JsonObject): Finding[] {
  // Our own rule: these checks and our packaging assume a location app.
  return ['requirementsOnly', 'marketingOnly']
    .filter((key) => manifest[key] === true)
    .map((key) =>
      manifestError(
        'manifest.appKind',
        key,
        'is true, but Call Logger is a location app (its checks and packaging assume one)',
        `remove "${key}" or set it to false`,
      ),
    );
}

function unknownKeys(manifest: JsonObject): Finding[] {
  return Object.keys(manifest)
    .filter((key) => !KNOWN_KEYS.has(key))
    .map((key) =>
      manifestWarning(
        'manifest.unknownKey',
        key,
        'is not a manifest key Zendesk reads',
        'check the spelling against the manifest reference, or remove it',
      ),
    );
}

/** Top-level manifest fields: presence, JSON types and values (locations and parameters have their own rules). */
export function checkManifestFields(manifest: JsonObject): Finding[] {
  return [requiredKeys, typedKeys, author, values, experiments, legacyShapes, appKind, unknownKeys].flatMap((check) =>
    check(manifest),
  );
}
