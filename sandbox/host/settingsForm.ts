// The app settings form, built from the manifest's parameters like Zendesk's
// admin page for an installed app. Saving reloads the app (as Zendesk does).

import type { HostView, ManifestParameter, SettingValue } from '../shared/types';
import { h } from './dom';

export type SaveSettings = (values: Record<string, SettingValue | null>) => Promise<void>;

function inputFor(parameter: ManifestParameter, value: SettingValue | null): HTMLInputElement | HTMLTextAreaElement {
  const id = `setting-${parameter.name}`;
  if (parameter.type === 'multiline') {
    const area = h('textarea', { id, name: parameter.name, rows: '3' });
    area.value = value === null ? '' : String(value);
    return area;
  }
  const type =
    { checkbox: 'checkbox', number: 'number', url: 'url' }[parameter.type] ?? (parameter.secure ? 'password' : 'text');
  const input = h('input', { id, name: parameter.name, type });
  if (type === 'checkbox') input.checked = value === true;
  else input.value = value === null ? '' : String(value);
  return input;
}

function readValue(parameter: ManifestParameter, input: HTMLInputElement | HTMLTextAreaElement): SettingValue | null {
  if (input instanceof HTMLInputElement && input.type === 'checkbox') return input.checked;
  if (parameter.type === 'number') return input.value.trim() === '' ? null : Number(input.value);
  return input.value;
}

export function settingsForm(view: HostView, save: SaveSettings, report: (message: string) => void): HTMLFormElement {
  const inputs = new Map<ManifestParameter, HTMLInputElement | HTMLTextAreaElement>();
  const form = h('form', { class: 'sandbox-form', 'aria-label': 'App settings' });
  if (view.app.parameters.length === 0) form.append(h('p', {}, 'The manifest declares no parameters.'));
  for (const parameter of view.app.parameters) {
    const saved = Object.hasOwn(view.savedSettings, parameter.name) ? view.savedSettings[parameter.name] : undefined;
    const input = inputFor(parameter, saved ?? parameter.default);
    inputs.set(parameter, input);
    const notes = [
      parameter.type,
      parameter.required ? 'required' : '',
      parameter.secure ? 'secure: hidden from the app' : '',
    ]
      .filter(Boolean)
      .join(', ');
    form.append(
      h(
        'div',
        { class: 'sandbox-row' },
        h('label', { for: input.id }, `${parameter.label} `, h('small', {}, `(${notes})`)),
        input,
      ),
    );
  }
  const saveButton = h('button', { type: 'submit' }, 'Save settings (reloads the app)');
  const defaultsButton = h('button', { type: 'button' }, 'Restore defaults');
  form.append(h('div', { class: 'sandbox-actions' }, saveButton, defaultsButton));

  const submit = (values: Record<string, SettingValue | null>) => {
    save(values).then(
      () => report('Settings saved; the app reloads.'),
      (error: unknown) => report(`Settings not saved: ${error instanceof Error ? error.message : String(error)}`),
    );
  };
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    submit(Object.fromEntries([...inputs].map(([parameter, input]) => [parameter.name, readValue(parameter, input)])));
  });
  defaultsButton.addEventListener('click', () =>
    submit(Object.fromEntries([...inputs.keys()].map((parameter) => [parameter.name, null]))),
  );
  return form;
}
