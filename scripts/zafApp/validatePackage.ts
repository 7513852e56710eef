import type { AppPackage } from './appPackage.ts';
import type { Finding } from './findings.ts';
import { isJsonObject, parseJsonBytes, type JsonObject } from './json.ts';
import { readManifest } from './manifestFile.ts';
import { checkAssets } from './rules/assets.ts';
import { checkFiles } from './rules/files.ts';
import { checkLocations } from './rules/locations.ts';
import { checkManifestFields } from './rules/manifestFields.ts';
import { checkParameterWarnings } from './rules/parameterWarnings.ts';
import { checkParameters } from './rules/parameters.ts';
import { checkRequirements } from './rules/requirements.ts';
import { checkTranslations } from './rules/translations.ts';

/** What the success line reports about a valid package. */
export interface PackageSummary {
  readonly name: string;
  readonly version: string;
  readonly locales: number;
  readonly assets: number;
  readonly hasSvgLogo: boolean;
}

export interface Validation {
  readonly errors: readonly Finding[];
  readonly warnings: readonly Finding[];
  readonly summary: PackageSummary;
}

function appName(pkg: AppPackage, manifest: JsonObject | undefined): string {
  const locale = typeof manifest?.defaultLocale === 'string' ? manifest.defaultLocale : 'en';
  const bytes = pkg.files.get(`translations/${locale}.json`);
  const parsed = bytes === undefined ? undefined : parseJsonBytes(bytes);
  const app = parsed?.ok === true && isJsonObject(parsed.value) ? parsed.value.app : undefined;
  if (isJsonObject(app) && typeof app.name === 'string') return app.name;
  return typeof manifest?.name === 'string' ? manifest.name : '(unnamed app)';
}

function summarize(pkg: AppPackage, manifest: JsonObject | undefined): PackageSummary {
  const paths = [...pkg.files.keys()];
  return {
    name: appName(pkg, manifest),
    version: typeof manifest?.version === 'string' ? manifest.version : '(no version)',
    locales: paths.filter((path) => /^translations\/[^/]+\.json$/.test(path)).length,
    assets: paths.filter((path) => path.startsWith('assets/')).length,
    hasSvgLogo: pkg.files.has('assets/logo.svg'),
  };
}

/** Runs every rule over the package; the order of findings follows the order of the rules. */
export function validatePackage(pkg: AppPackage): Validation {
  const { manifest, findings: manifestFindings } = readManifest(pkg);
  const manifestRules =
    manifest === undefined
      ? []
      : [
          ...checkManifestFields(manifest),
          ...checkLocations(manifest, pkg),
          ...checkParameters(manifest),
          ...checkParameterWarnings(manifest),
        ];
  const findings = [
    ...manifestFindings,
    ...manifestRules,
    ...checkTranslations(pkg, manifest),
    ...checkRequirements(pkg),
    ...checkAssets(pkg),
    ...checkFiles(pkg),
  ];
  return {
    errors: findings.filter((finding) => finding.severity === 'error'),
    warnings: findings.filter((finding) => finding.severity === 'warning'),
    summary: summarize(pkg, manifest),
  };
}
