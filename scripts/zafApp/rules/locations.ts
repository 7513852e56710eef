import type { AppPackage } from '../appPackage.ts';
import { manifestError, type Finding } from '../findings.ts';
import { describe, isAbsent, isJsonObject, type JsonObject, type JsonValue } from '../json.ts';
import { OBJECT_TYPES_LOCATION, PRODUCTS, productOf } from './locationNames.ts';

const EXAMPLE = '"location": {"support": {"ticket_sidebar": {"url": "assets/iframe.html"}}}';

/** Zendesk accepts https anywhere and localhost for development (validations/manifest.rb valid_absolute_uri?). */
function absoluteUrlProblem(url: string, key: string): Finding | undefined {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return manifestError(
      'location.url.absolute',
      key,
      `"${url}" is not a valid URL`,
      'use https://... or a path such as "assets/iframe.html"',
    );
  }
  const isLocal = parsed.hostname === 'localhost' && (parsed.protocol === 'http:' || parsed.protocol === 'https:');
  if (parsed.protocol === 'https:' || isLocal) return undefined;
  return manifestError(
    'location.url.absolute',
    key,
    `"${url}" is neither https nor http://localhost`,
    'serve the page over https, or ship it in assets/',
  );
}

/** A relative url must name a file under assets/ that the package holds (valid_relative_uri?). */
function relativeUrlProblem(url: string, key: string, pkg: AppPackage): Finding | undefined {
  const path = url.replace(/[?#].*$/, '');
  if (!path.startsWith('assets/') || /\s/.test(path)) {
    return manifestError(
      'location.url.relative',
      key,
      `"${url}" is a relative URL outside assets/`,
      'put the page in assets/ and write "assets/<file>.html"',
    );
  }
  if (!pkg.files.has(path)) {
    return manifestError(
      'location.url.file',
      key,
      `points to ${path}, which is not in the package`,
      'build the page into dist/assets/ or correct the url',
    );
  }
  return undefined;
}

function urlProblem(options: JsonObject, key: string, pkg: AppPackage): Finding | undefined {
  const { url, autoLoad } = options;
  if (typeof url !== 'string' || url === '') {
    // Zendesk only needs a url for locations that load on their own (autoLoad defaults to true).
    if (autoLoad === false || autoLoad === null) return undefined;
    return manifestError(
      'location.url.missing',
      key,
      `is ${describe(url)}, but the location loads automatically`,
      'set "url": "assets/iframe.html" (or "autoLoad": false)',
    );
  }
  if (url === '_legacy') {
    return manifestError(
      'location.url.legacy',
      key,
      'is the framework v1 placeholder "_legacy"',
      'point it at an iframe page such as "assets/iframe.html"',
    );
  }
  // Zendesk fills {{setting.x}} in at install time, so there is nothing to check before.
  if (url.includes('{{setting.')) return undefined;
  return /^[a-z][a-z0-9+.-]*:/i.test(url) ? absoluteUrlProblem(url, key) : relativeUrlProblem(url, key, pkg);
}

function checkLocation(pkg: AppPackage, key: string, name: string, value: JsonValue): Finding[] {
  // Zendesk reads a bare value as the url: "background": "assets/iframe.html".
  const options: JsonObject = isJsonObject(value) ? value : { url: value };
  const { flexible, objectTypes } = options;
  const findings: Finding[] = [];
  const badUrl = urlProblem(options, `${key}.url`, pkg);
  if (badUrl) findings.push(badUrl);
  if (!isAbsent(flexible) && typeof flexible !== 'boolean') {
    findings.push(
      manifestError(
        'location.flexible',
        `${key}.flexible`,
        `must be true or false, got ${describe(flexible)}`,
        'write "flexible": true without quotes',
      ),
    );
  }
  if (name === OBJECT_TYPES_LOCATION) {
    const valid =
      Array.isArray(objectTypes) &&
      objectTypes.length > 0 &&
      objectTypes.every((type) => typeof type === 'string' && type.trim() !== '');
    if (!valid) {
      findings.push(
        manifestError(
          'location.objectTypes',
          `${key}.objectTypes`,
          `must be a non-empty array of object type keys, got ${describe(objectTypes)}`,
          'list the custom object keys, e.g. "objectTypes": ["car"]',
        ),
      );
    }
  } else if (objectTypes !== undefined) {
    findings.push(
      manifestError(
        'location.objectTypes',
        `${key}.objectTypes`,
        `is only allowed on ${OBJECT_TYPES_LOCATION}`,
        'remove "objectTypes"',
      ),
    );
  }
  return findings;
}

function checkProduct(pkg: AppPackage, productKey: string, locations: JsonValue): Finding[] {
  const key = `location.${productKey}`;
  const product = productOf(productKey);
  if (product === undefined) {
    return [
      manifestError(
        'location.product',
        key,
        `"${productKey}" is not a Zendesk product`,
        `use one of: ${Object.keys(PRODUCTS).join(', ')}`,
      ),
    ];
  }
  if (!isJsonObject(locations)) {
    return [
      manifestError(
        'location.shape',
        key,
        `must be an object of locations, got ${describe(locations)}`,
        `write ${EXAMPLE}`,
      ),
    ];
  }
  const known = PRODUCTS[product]?.locations ?? [];
  return Object.entries(locations).flatMap(([name, value]) =>
    known.includes(name)
      ? checkLocation(pkg, `${key}.${name}`, name, value)
      : [
          manifestError(
            'location.name',
            `${key}.${name}`,
            `"${name}" is not a ${product} location`,
            `use one of: ${known.join(', ')}`,
          ),
        ],
  );
}

/** The `location` object: known products and locations, and a url Zendesk will load for each. */
export function checkLocations(manifest: JsonObject, pkg: AppPackage): Finding[] {
  const { location } = manifest;
  if (isAbsent(location)) return [manifestError('location.missing', 'location', 'is missing', `add ${EXAMPLE}`)];
  if (!isJsonObject(location)) {
    return [
      manifestError(
        'location.shape',
        'location',
        `must be an object of products, got ${describe(location)} (a framework v1 list)`,
        `write ${EXAMPLE}`,
      ),
    ];
  }
  const findings = Object.entries(location).flatMap(([productKey, locations]) =>
    checkProduct(pkg, productKey, locations),
  );
  const named = Object.values(location).some(
    (locations) => isJsonObject(locations) && Object.keys(locations).length > 0,
  );
  if (!named && findings.length === 0) {
    findings.push(manifestError('location.missing', 'location', 'names no location', `add ${EXAMPLE}`));
  }
  return findings;
}
