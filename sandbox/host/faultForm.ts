// Arming a fault for the next matching request(s) to the fake API.

import { FAULT_SHAPES, retryAfterDate } from '../shared/faultShapes';
import type { ArmedFault, FaultSpec } from '../shared/types';
import { h } from './dom';

export const FAULT_PRESETS: Record<string, { label: string; spec: Partial<FaultSpec> }> = {
  422: { label: '422 validation error (with details)', spec: { status: 422 } },
  429: { label: '429 rate limited (Retry-After: 30)', spec: { status: 429, headers: { 'Retry-After': '30' } } },
  500: { label: '500 server error', spec: { status: 500 } },
  503: { label: '503 unavailable', spec: { status: 503 } },
  403: { label: '403 forbidden (no TPE)', spec: { status: 403 } },
  drop: { label: 'Dropped connection (nothing stored)', spec: { drop: 'before' } },
  lost: { label: 'Answer lost (stored, then dropped)', spec: { drop: 'after' } },
  slow: { label: 'Slow response (3 s, then normal)', spec: { delayMs: 3000 } },
  localizedInvalid: { label: '422 in German, label-prefixed', spec: FAULT_SHAPES.localizedInvalid },
  baseInvalid: { label: '422 with error null, details under base', spec: FAULT_SHAPES.baseInvalid },
  rateLimitedText: {
    label: '429 text/plain (Retry-After: 20 s as an HTTP date)',
    spec: FAULT_SHAPES.rateLimitedText,
  },
  htmlErrorPage: { label: '502 HTML error page', spec: FAULT_SHAPES.htmlErrorPage },
  emptyBody: { label: '500 with an empty body', spec: FAULT_SHAPES.emptyBody },
  notJson: { label: '200 with a body that is not JSON', spec: FAULT_SHAPES.notJson },
  missingCall: { label: '200 without call', spec: FAULT_SHAPES.missingCall },
  wrongTypes: { label: '200 with wrong types', spec: FAULT_SHAPES.wrongTypes },
};

export interface FaultActions {
  arm: (spec: Partial<FaultSpec>) => Promise<void>;
  clear: () => Promise<void>;
  report: (message: string) => void;
}

function describe(fault: ArmedFault): string {
  const effect =
    fault.drop === 'before'
      ? 'drop'
      : fault.drop === 'after'
        ? 'store, then drop'
        : fault.status !== undefined
          ? String(fault.status)
          : '';
  const delay = fault.delayMs > 0 ? ` after ${fault.delayMs} ms` : '';
  return `${fault.method ?? 'any'} ${fault.path} → ${effect || 'slow'}${delay} (${fault.remaining} left)`;
}

export function renderArmedFaults(list: HTMLElement, faults: ArmedFault[]): void {
  list.replaceChildren(
    ...(faults.length ? faults.map((fault) => h('li', {}, describe(fault))) : [h('li', {}, 'No fault armed.')]),
  );
}

export function faultForm(actions: FaultActions): { form: HTMLFormElement; armed: HTMLUListElement } {
  const preset = h('select', { id: 'fault-preset', name: 'preset' });
  for (const [value, { label }] of Object.entries(FAULT_PRESETS)) preset.append(h('option', { value }, label));
  const method = h('select', { id: 'fault-method', name: 'method' });
  for (const value of ['*', 'GET', 'POST', 'PATCH', 'PUT'])
    method.append(h('option', { value }, value === '*' ? 'any method' : value));
  const path = h('input', { id: 'fault-path', name: 'path', value: '/api/v2/*', spellcheck: 'false' });
  const times = h('input', { id: 'fault-times', name: 'times', type: 'number', min: '1', max: '1000', value: '1' });
  const armed = h('ul', { class: 'sandbox-list', 'aria-label': 'Armed faults', 'aria-live': 'polite' });
  const clearButton = h('button', { type: 'button' }, 'Clear faults');

  const form = h(
    'form',
    { class: 'sandbox-form', 'aria-label': 'Fault for the next request' },
    h('div', { class: 'sandbox-row' }, h('label', { for: 'fault-preset' }, 'Fault'), preset),
    h('div', { class: 'sandbox-row' }, h('label', { for: 'fault-method' }, 'Method'), method),
    h('div', { class: 'sandbox-row' }, h('label', { for: 'fault-path' }, 'Path (* matches anything)'), path),
    h('div', { class: 'sandbox-row' }, h('label', { for: 'fault-times' }, 'For the next N requests'), times),
    h('div', { class: 'sandbox-actions' }, h('button', { type: 'submit' }, 'Arm fault'), clearButton),
    armed,
  );
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    const chosen = FAULT_PRESETS[preset.value]?.spec ?? {};
    // An HTTP date must lie ahead of the moment the fault is armed.
    const dated = preset.value === 'rateLimitedText' ? { headers: { 'Retry-After': retryAfterDate(20) } } : {};
    const spec: Partial<FaultSpec> = {
      ...chosen,
      ...dated,
      method: method.value,
      path: path.value.trim(),
      times: Number(times.value) || 1,
    };
    actions.arm(spec).then(
      () => actions.report(`Armed: ${FAULT_PRESETS[preset.value]?.label ?? preset.value}`),
      (error: unknown) => actions.report(`Not armed: ${error instanceof Error ? error.message : String(error)}`),
    );
  });
  clearButton.addEventListener('click', () => {
    actions.clear().then(
      () => actions.report('Faults cleared.'),
      (error: unknown) => actions.report(String(error)),
    );
  });
  return { form, armed };
}
