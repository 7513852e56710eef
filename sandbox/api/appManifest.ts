// What the sandbox needs from the hosted app: its manifest's ticket_sidebar url
// and parameters, and the parameters' labels. Nothing else of the app is known.

import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { AppSummary, ManifestParameter, SettingValue, TopBarLocation } from '../shared/types.ts';
import { DEFAULT_TOP_BAR_SIZE } from '../shared/common.ts';
import { isPlainObject } from './commentInput.ts';

function readJson(file: string): unknown {
  return JSON.parse(readFileSync(file, 'utf8')) as unknown;
}

function child(value: unknown, key: string): unknown {
  return isPlainObject(value) ? value[key] : undefined;
}

function sidebarUrl(manifest: unknown): string | null {
  const location = child(child(child(manifest, 'location'), 'support'), 'ticket_sidebar');
  if (typeof location === 'string') return location;
  const url = child(location, 'url');
  return typeof url === 'string' ? url : null;
}

function cssSize(value: unknown, fallback: string): string {
  if (typeof value === 'number' && value > 0) return `${value}px`;
  return typeof value === 'string' && value.trim() !== '' ? value.trim() : fallback;
}

function topBarOf(manifest: unknown, appDir: string): TopBarLocation | null {
  const location = child(child(child(manifest, 'location'), 'support'), 'top_bar');
  const url = typeof location === 'string' ? location : child(location, 'url');
  if (typeof url !== 'string') return null;
  const size = child(location, 'size');
  return {
    url,
    width: cssSize(child(size, 'width'), DEFAULT_TOP_BAR_SIZE.width),
    height: cssSize(child(size, 'height'), DEFAULT_TOP_BAR_SIZE.height),
    iconUrl: existsSync(join(appDir, 'assets', 'icon_top_bar.svg')) ? '/assets/icon_top_bar.svg' : null,
  };
}

function settingDefault(value: unknown): SettingValue | null {
  return typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean' ? value : null;
}

function parameterLabels(appDir: string, defaultLocale: string): Record<string, string> {
  const file = join(appDir, 'translations', `${defaultLocale}.json`);
  if (!existsSync(file)) return {};
  try {
    const parameters = child(child(readJson(file), 'app'), 'parameters');
    if (!isPlainObject(parameters)) return {};
    const labels: Record<string, string> = {};
    for (const [name, entry] of Object.entries(parameters)) {
      const label = child(entry, 'label');
      if (typeof label === 'string') labels[name] = label;
    }
    return labels;
  } catch {
    return {};
  }
}

/**
 * The developer's local settings in <appDir>/zcli.apps.config.json, the file
 * `zcli apps:server` reads: {"parameters": {"name": value}}. They stand in for
 * what an admin typed when installing the app.
 */
function localParameters(appDir: string): Record<string, SettingValue> {
  const file = join(appDir, 'zcli.apps.config.json');
  if (!existsSync(file)) return {};
  try {
    const parameters = child(readJson(file), 'parameters');
    if (!isPlainObject(parameters)) return {};
    const values: Record<string, SettingValue> = {};
    for (const [name, value] of Object.entries(parameters)) {
      const setting = settingDefault(value);
      if (setting !== null) values[name] = setting;
    }
    return values;
  } catch {
    return {};
  }
}

/** The name an app goes by when its manifest names none (or cannot be read). */
const UNNAMED_APP = 'App';

function nameOf(manifest: unknown): string {
  const name = child(manifest, 'name');
  return typeof name === 'string' ? name : UNNAMED_APP;
}

/**
 * Reads only the manifest's name, afresh: what voice comments name as their
 * app, without the translations and zcli config readAppSummary also reads.
 */
export function readAppName(appDir: string): string {
  try {
    return nameOf(readJson(join(appDir, 'manifest.json')));
  } catch {
    return UNNAMED_APP;
  }
}

/** Reads <appDir>/manifest.json afresh (so edits show on the next page load). */
export function readAppSummary(appDir: string, appDirLabel: string): AppSummary {
  const summary: AppSummary = {
    appDir: appDirLabel,
    name: UNNAMED_APP,
    version: '0.0.0',
    locationUrl: null,
    topBar: null,
    parameters: [],
    problem: null,
  };
  const file = join(appDir, 'manifest.json');
  if (!existsSync(file)) {
    const hint = appDirLabel === '.' ? '' : ' (run `npx vite build` first)';
    return { ...summary, problem: `There is no manifest.json in ${appDirLabel}/${hint}.` };
  }
  let manifest: unknown;
  try {
    manifest = readJson(file);
  } catch (error) {
    return { ...summary, problem: `${appDirLabel}/manifest.json is not valid JSON: ${String(error)}` };
  }
  const version = child(manifest, 'version');
  const defaultLocale = child(manifest, 'defaultLocale');
  const labels = parameterLabels(appDir, typeof defaultLocale === 'string' ? defaultLocale : 'en');
  const local = localParameters(appDir);
  const rawParameters = child(manifest, 'parameters');
  const parameters: ManifestParameter[] = (Array.isArray(rawParameters) ? rawParameters : []).flatMap(
    (entry: unknown) => {
      const parameterName = child(entry, 'name');
      if (typeof parameterName !== 'string') return [];
      const type = child(entry, 'type');
      return [
        {
          name: parameterName,
          type: typeof type === 'string' ? type : 'text',
          required: child(entry, 'required') === true,
          secure: child(entry, 'secure') === true,
          default: local[parameterName] ?? settingDefault(child(entry, 'default')),
          label: labels[parameterName] ?? parameterName,
        },
      ];
    },
  );
  const locationUrl = sidebarUrl(manifest);
  return {
    ...summary,
    name: nameOf(manifest),
    version: typeof version === 'string' ? version : summary.version,
    locationUrl,
    topBar: topBarOf(manifest, appDir),
    parameters,
    problem: locationUrl === null ? 'The manifest has no support.ticket_sidebar location with a url.' : null,
  };
}
