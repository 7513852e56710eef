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
  problems: SettingsProblem[];
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

  return { companyLine, defaultCountry, commentFields, problems };
}
