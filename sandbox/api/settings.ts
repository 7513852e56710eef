// App settings: the manifest's parameters, their defaults, what the admin saved,
// and what client.metadata().settings shows the app.

import { z } from 'zod';
import type { AppSummary, SavedAppSettings, SettingValue } from '../shared/types.ts';

/**
 * Body of PUT /__sandbox/settings. A setting set to null goes back to its
 * default. `strict`: the fake API keeps only the 2024 call fields.
 */
export const settingsInputSchema = z.strictObject({
  appId: z.number().int().min(0).optional(),
  strict: z.boolean().optional(),
  settings: z.record(z.string(), z.union([z.string(), z.number(), z.boolean(), z.null()])).optional(),
});

export type SettingsInput = z.infer<typeof settingsInputSchema>;

/** Manifest defaults overlaid by saved values; secure parameters are never shown to the app. */
export function metadataSettings(app: AppSummary, saved: Record<string, SettingValue>): Record<string, SettingValue> {
  const settings: Record<string, SettingValue> = { title: app.name };
  for (const parameter of app.parameters) {
    if (parameter.secure) continue;
    const value = Object.hasOwn(saved, parameter.name) ? saved[parameter.name] : parameter.default;
    if (value !== undefined && value !== null) settings[parameter.name] = value;
  }
  if (typeof saved.title === 'string') settings.title = saved.title;
  return settings;
}

function expectedType(parameterType: string): 'boolean' | 'number' | 'string' {
  if (parameterType === 'checkbox') return 'boolean';
  if (parameterType === 'number') return 'number';
  return 'string';
}

export type SettingsUpdate = { ok: true; saved: SavedAppSettings } | { ok: false; problems: string[] };

/** Merges `input` into the saved settings, checking names and value types against the manifest. */
export function applySettingsInput(app: AppSummary, current: SavedAppSettings, input: SettingsInput): SettingsUpdate {
  const problems: string[] = [];
  const settings = new Map(Object.entries(current.settings));
  for (const [name, value] of Object.entries(input.settings ?? {})) {
    const parameter = app.parameters.find((candidate) => candidate.name === name);
    const type = name === 'title' ? 'string' : parameter ? expectedType(parameter.type) : null;
    if (type === null) {
      const known = ['title', ...app.parameters.map((candidate) => candidate.name)].join(', ');
      problems.push(`settings.${name}: the manifest declares no such parameter (known: ${known})`);
    } else if (value === null) {
      settings.delete(name);
    } else if (typeof value !== type) {
      problems.push(`settings.${name}: must be a ${type} (parameter type ${parameter?.type ?? 'text'})`);
    } else {
      settings.set(name, value);
    }
  }
  if (problems.length > 0) return { ok: false, problems };
  return { ok: true, saved: { appId: input.appId ?? current.appId, settings: Object.fromEntries(settings) } };
}
