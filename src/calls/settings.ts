import { CALL_FIELD_NAMES, isCallFieldName } from './fields';
import type { CallFieldName } from './fields';
import { normaliseInternationalOnly } from './input/phone';

/** The admin's settings (manifest parameters), checked: a bad value is reported, never trusted. */
export interface AppSettings {
  /** The company's own line in E.164, or null when unset or unreadable */
  companyLine: string | null;
  /** Two-letter country code, upper case, or null */
  defaultCountry: string | null;
  /** Fields a voice comment shows unless the agent chooses otherwise */
  commentFields: CallFieldName[];
  /** The admin's list for call_disposition, in their order; empty means free text */
  dispositions: Disposition[];
  /** Wrap-up cannot be saved without a disposition */
  dispositionRequired: boolean;
  /** Whether "Add a voice comment" starts ticked in the wrap-up */
  wrapUpComment: boolean;
  problems: SettingsProblem[];
}

/** One choice of the disposition list; `value` is what the call stores, `label` what the option reads. */
export interface Disposition {
  group: string | null;
  value: string;
  label: string;
}

export type SettingsProblem =
  | { setting: 'default_country'; value: string }
  | { setting: 'comment_fields'; unknownNames: string[] }
  | { setting: 'company_line'; value: string };

export const DEFAULT_COMMENT_FIELDS: CallFieldName[] = [
  'direction',
  'from_line',
  'to_line',
  'call_started_at',
  'duration',
  'completion_status',
  'call_disposition',
];

function textSetting(settings: Readonly<Record<string, unknown>>, name: string): string {
  const value = settings[name];
  return typeof value === 'string' ? value.trim() : '';
}

/** Checkboxes arrive as booleans, or as "true"/"false" from older settings pages. */
function checkboxSetting(settings: Readonly<Record<string, unknown>>, name: string, fallback: boolean): boolean {
  const value = settings[name];
  if (typeof value === 'boolean') return value;
  const text = typeof value === 'string' ? value.trim().toLowerCase() : '';
  return text === 'true' ? true : text === 'false' ? false : fallback;
}

/** One line each; "Group: Item" lines make groups; blank lines and repeats (in any case) are left out. */
export function parseDispositions(text: string): Disposition[] {
  const seen = new Set<string>();
  const dispositions: Disposition[] = [];
  for (const line of text.split(/\r?\n/)) {
    const trimmed = line.trim().replace(/\s+/g, ' ');
    const colon = trimmed.indexOf(':');
    const group = colon > 0 ? trimmed.slice(0, colon).trim() : '';
    const item = colon > 0 ? trimmed.slice(colon + 1).trim() : '';
    const disposition =
      group !== '' && item !== ''
        ? { group, value: `${group}: ${item}`, label: item }
        : { group: null, value: trimmed, label: trimmed };
    const key = disposition.value.toLocaleLowerCase();
    if (trimmed === '' || seen.has(key)) continue;
    seen.add(key);
    dispositions.push(disposition);
  }
  return dispositions;
}

export function parseAppSettings(settings: Readonly<Record<string, unknown>>): AppSettings {
  const problems: SettingsProblem[] = [];

  const country = textSetting(settings, 'default_country').toUpperCase();
  const defaultCountry = /^[A-Z]{2}$/.test(country) ? country : null;
  if (country !== '' && defaultCountry === null) problems.push({ setting: 'default_country', value: country });

  const line = textSetting(settings, 'company_line');
  const companyLine = line === '' ? null : normaliseInternationalOnly(line);
  if (line !== '' && companyLine === null) problems.push({ setting: 'company_line', value: line });

  const names = textSetting(settings, 'comment_fields')
    .split(/[\s,;]+/)
    .filter((name) => name !== '');
  const unknownNames = names.filter((name) => !isCallFieldName(name));
  if (unknownNames.length > 0) problems.push({ setting: 'comment_fields', unknownNames });
  const known = names.filter(isCallFieldName);
  const commentFields =
    names.length === 0 ? DEFAULT_COMMENT_FIELDS : CALL_FIELD_NAMES.filter((name) => known.includes(name));

  return {
    companyLine,
    defaultCountry,
    commentFields,
    dispositions: parseDispositions(typeof settings.dispositions === 'string' ? settings.dispositions : ''),
    dispositionRequired: checkboxSetting(settings, 'disposition_required', false),
    wrapUpComment: checkboxSetting(settings, 'wrap_up_comment', true),
    problems,
  };
}
