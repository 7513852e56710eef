import { SVG_LOGO_PATH, type AppPackage } from './appPackage.ts';
import type { Finding } from './findings.ts';
import { isJsonObject, type JsonObject } from './json.ts';
import { readManifest } from './manifestFile.ts';
import { checkAssets } from './rules/assets.ts';
import { checkFiles } from './rules/files.ts';
import { checkLocationIcons } from './rules/locationIcons.ts';
import { checkLocations } from './rules/locations.ts';
import { checkManifestFields } from './rules/manifestFields.ts';
import { checkParameterWarnings } from './rules/parameterWarnings.ts';
import { checkParameters } from './rules/parameters.ts';
import { checkRequirements } from './rules/requirements.ts';
import { checkTranslations, readTranslations, type Translations } from './rules/translations.ts';
import { checkZafSdk } from './rules/zafSdk.ts';

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

function appName({ files }: Translations, manifest: JsonObject | undefined): string {
  const locale = typeof manifest?.defaultLocale === 'string' ? manifest.defaultLocale : 'en';
  const app = files.find((file) => file.path === `translations/${locale}.json`)?.json?.app;
  if (isJsonObject(app) && typeof app.name === 'string') return app.name;
  return typeof manifest?.name === 'string' ? manifest.name : '(unnamed app)';
}

function summarize(pkg: AppPackage, manifest: JsonObject | undefined, translations: Translations): PackageSummary {
  return {
    name: appName(translations, manifest),
    version: typeof manifest?.version === 'string' ? manifest.version : '(no version)',
    locales: translations.files.length,
    assets: [...pkg.files.keys()].filter((path) => path.startsWith('assets/')).length,
    hasSvgLogo: pkg.files.has(SVG_LOGO_PATH),
  };
}

/** Runs every rule over the package; the order of findings follows the order of the rules. */
export function validatePackage(pkg: AppPackage): Validation {
  const { manifest, findings: manifestFindings } = readManifest(pkg);
  const translations = readTranslations(pkg);
  const manifestRules =
    manifest === undefined
      ? []
      : [
          ...checkManifestFields(manifest),
          ...checkLocations(manifest, pkg),
          ...checkLocationIcons(manifest, pkg),
          ...checkParameters(manifest),
          ...checkParameterWarnings(manifest),
        ];
  const findings = [
    ...manifestFindings,
    ...manifestRules,
    ...checkTranslations(translations, manifest),
    ...checkRequirements(pkg),
    ...checkAssets(pkg),
    ...checkZafSdk(pkg),
    ...checkFiles(pkg),
  ];
  return {
    errors: findings.filter((finding) => finding.severity === 'error'),
    warnings: findings.filter((finding) => finding.severity === 'warning'),
    summary: summarize(pkg, manifest, translations),
  };
}
