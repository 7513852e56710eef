import { MANIFEST_PATH } from './appPackage.ts';

/** One thing the validator found, phrased so a person can act on it without reading the code. */
export interface Finding {
  readonly severity: 'error' | 'warning';
  /** Stable id of the rule, e.g. `manifest.author`; tests and people can grep for it. */
  readonly rule: string;
  /** Path inside the package, e.g. `manifest.json` or `assets/logo.png`. */
  readonly file: string;
  /** Key inside the file (`author.email`), or '' when the finding is about the whole file. */
  readonly key: string;
  readonly problem: string;
  readonly fix: string;
}

type FindingFields = Omit<Finding, 'severity'>;

/** A finding that makes Zendesk (or our own packaging rules) reject the package. */
export function error(fields: FindingFields): Finding {
  return { severity: 'error', ...fields };
}

/** A finding Zendesk reports as a warning on upload: the package is still accepted. */
export function warning(fields: FindingFields): Finding {
  return { severity: 'warning', ...fields };
}

/** An error about one key of a file, e.g. `app.name` in translations/en.json. */
export function keyError(rule: string, file: string, key: string, problem: string, fix: string): Finding {
  return error({ rule, file, key, problem, fix });
}

/** An error about one key of manifest.json. */
export function manifestError(rule: string, key: string, problem: string, fix: string): Finding {
  return keyError(rule, MANIFEST_PATH, key, problem, fix);
}

/** A warning about one key of manifest.json. */
export function manifestWarning(rule: string, key: string, problem: string, fix: string): Finding {
  return warning({ rule, file: MANIFEST_PATH, key, problem, fix });
}

/** An error about a whole file of the package. */
export function fileError(rule: string, file: string, problem: string, fix: string): Finding {
  return keyError(rule, file, '', problem, fix);
}

/** A warning about a whole file of the package. */
export function fileWarning(rule: string, file: string, problem: string, fix: string): Finding {
  return warning({ rule, file, key: '', problem, fix });
}
