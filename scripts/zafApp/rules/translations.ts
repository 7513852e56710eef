import type { AppPackage } from '../appPackage.ts';
import { fileError, keyError, type Finding } from '../findings.ts';
import { describe, isJsonObject, parseJsonBytes, type JsonObject } from '../json.ts';
import { VALID_LOCALE } from './manifestFields.ts';
import { PRODUCTS, productOf } from './locationNames.ts';
import { listParameters } from './parameters.ts';

const TRANSLATION_PATH = /^translations\/(.*)\.json$/;

export interface TranslationFile {
  readonly path: string;
  readonly locale: string;
  /** The parsed file, or undefined when it is not a JSON object. */
  readonly json: JsonObject | undefined;
}

/** Every translations/*.json of a package, parsed once, and what is wrong with their names and JSON. */
export interface Translations {
  readonly files: readonly TranslationFile[];
  readonly findings: readonly Finding[];
}

export function readTranslations(pkg: AppPackage): Translations {
  const files: TranslationFile[] = [];
  const findings: Finding[] = [];
  for (const [path, bytes] of pkg.files) {
    const locale = TRANSLATION_PATH.exec(path)?.[1];
    if (locale === undefined) continue;
    if (!VALID_LOCALE.test(locale)) {
      findings.push(
        fileError(
          'translations.locale',
          path,
          `"${locale}" is not a valid locale name`,
          'name the file after a lowercase locale, e.g. en.json or pt-br.json',
        ),
      );
    }
    const parsed = parseJsonBytes(bytes);
    if (!parsed.ok) {
      findings.push(fileError('translations.json', path, `is not valid JSON: ${parsed.reason}`, 'fix the JSON syntax'));
    } else if (!isJsonObject(parsed.value)) {
      findings.push(fileError('translations.object', path, 'is not a JSON object', 'write {"app": {"name": "..."}}'));
    }
    files.push({ path, locale, json: parsed.ok && isJsonObject(parsed.value) ? parsed.value : undefined });
  }
  return { files, findings };
}

/** Every `app.parameters.<name>` entry needs a label (validations/translations.rb format_error). */
function parameterLabels({ path, json }: TranslationFile): Finding[] {
  const app = json?.app;
  const parameters = isJsonObject(app) ? app.parameters : undefined;
  if (parameters === undefined) return [];
  if (!isJsonObject(parameters)) {
    return [
      keyError(
        'translations.parameters',
        path,
        'app.parameters',
        `must be an object, got ${describe(parameters)}`,
        'write "parameters": {"<setting>": {"label": "..."}}',
      ),
    ];
  }
  return Object.entries(parameters)
    .filter(([, entry]) => !isJsonObject(entry) || !('label' in entry))
    .map(([name]) =>
      keyError(
        'translations.parameters',
        path,
        `app.parameters.${name}`,
        'has no "label"',
        `add "label": "..." under app.parameters.${name}`,
      ),
    );
}

/** The app's name, at app.name or per product at app.<product>.name (validations/translations.rb). */
function appName({ path, json }: TranslationFile, manifestProducts: readonly string[]): Finding[] {
  const app = json?.app;
  if (json === undefined) return [];
  const products = isJsonObject(app) ? Object.keys(app).filter((key) => key in PRODUCTS) : [];
  const nameProblem = (key: string, value: JsonObject | undefined): Finding[] =>
    typeof value?.name === 'string' && value.name.trim() !== ''
      ? []
      : [
          keyError(
            'translations.appName',
            path,
            key,
            `must be a non-empty string, got ${describe(value?.name)}`,
            `add "${key}": "Call Logger"`,
          ),
        ];
  if (products.length === 0) return nameProblem('app.name', isJsonObject(app) ? app : undefined);
  const findings = products.flatMap((product) => {
    const entry = isJsonObject(app) ? app[product] : undefined;
    return nameProblem(`app.${product}.name`, isJsonObject(entry) ? entry : undefined);
  });
  const strays = products.filter((product) => !manifestProducts.includes(product));
  if (strays.length > 0) {
    findings.push(
      keyError(
        'translations.products',
        path,
        'app',
        `names products ${strays.join(', ')} that the manifest has no location for`,
        'remove them or add locations for them',
      ),
    );
  }
  return findings;
}

/** Our own rule: the admin's settings page shows each setting by its label in the default locale. */
function settingsLabelled(file: TranslationFile, manifest: JsonObject): Finding[] {
  const app = file.json?.app;
  const labels = isJsonObject(app) && isJsonObject(app.parameters) ? app.parameters : {};
  return listParameters(manifest)
    .flatMap(({ name }) => (name === undefined ? [] : [name]))
    .filter((name) => {
      const entry = labels[name];
      return !(isJsonObject(entry) && typeof entry.label === 'string' && entry.label.trim() !== '');
    })
    .map((name) =>
      keyError(
        'translations.settingLabel',
        file.path,
        `app.parameters.${name}.label`,
        `setting "${name}" has no label for the admin's settings page`,
        `add "parameters": {"${name}": {"label": "..."}} under "app"`,
      ),
    );
}

/** translations/*.json as readTranslations read them: locale names, JSON, the default locale's file, app name and setting labels. */
export function checkTranslations(translations: Translations, manifest: JsonObject | undefined): Finding[] {
  const { files } = translations;
  const findings = [...translations.findings, ...files.flatMap(parameterLabels)];
  const defaultLocale = manifest?.defaultLocale;
  if (manifest === undefined || typeof defaultLocale !== 'string' || !VALID_LOCALE.test(defaultLocale)) return findings;
  const defaultPath = `translations/${defaultLocale}.json`;
  const defaultFile = files.find((file) => file.path === defaultPath);
  if (defaultFile === undefined) {
    findings.push(
      fileError(
        'translations.default',
        defaultPath,
        `is missing, but the manifest's defaultLocale is "${defaultLocale}"`,
        `add ${defaultPath} with {"app": {"name": "..."}}`,
      ),
    );
    return findings;
  }
  const location = isJsonObject(manifest.location) ? manifest.location : {};
  const products = Object.keys(location).flatMap((key) => productOf(key) ?? []);
  // Zendesk reads the app's name from en.json whatever the default locale is.
  const named = files.filter((file) => file === defaultFile || file.path === 'translations/en.json');
  findings.push(...named.flatMap((file) => appName(file, products)), ...settingsLabelled(defaultFile, manifest));
  return findings;
}
