// Zendesk-style notifications for invoke('notify', message, kind) and for the host's own messages.

import { byId, h } from './dom';

const KINDS = new Set(['notice', 'alert', 'error']);
const SHOWN_FOR_MS = 5000;

export function showToast(message: string, kind = 'notice'): void {
  const region = byId('toasts', HTMLElement);
  const toast = h('div', { class: `zd-toast zd-toast--${KINDS.has(kind) ? kind : 'notice'}`, role: 'status' }, message);
  region.append(toast);
  setTimeout(() => toast.remove(), SHOWN_FOR_MS);
}
