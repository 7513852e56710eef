// A tiny element builder: the host page needs no framework.

type Child = Node | string | null | undefined | false;

export function h<Tag extends keyof HTMLElementTagNameMap>(
  tag: Tag,
  attributes: Record<string, string | boolean | undefined> = {},
  ...children: Child[]
): HTMLElementTagNameMap[Tag] {
  const element = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) {
    if (value === true) element.setAttribute(name, '');
    else if (typeof value === 'string') element.setAttribute(name, value);
  }
  for (const child of children) {
    if (child !== null && child !== undefined && child !== false) element.append(child);
  }
  return element;
}

export function byId<T extends HTMLElement>(id: string, kind: new () => T): T {
  const element = document.getElementById(id);
  if (!(element instanceof kind)) throw new Error(`The host page lacks #${id}`);
  return element;
}

/** Two letters for an avatar: "Maria Rossi" → "MR". */
export function initials(name: string): string {
  const letters = name
    .split(/\s+/)
    .filter(Boolean)
    .map((word) => word.charAt(0).toUpperCase());
  return letters.length > 1 ? `${letters[0] ?? ''}${letters.at(-1) ?? ''}` : (letters[0] ?? '?');
}

// Building a DateTimeFormat costs far more than using one: a ticket of 2,000 comments asks 2,000 times.
const timeFormats = new Map<string, Intl.DateTimeFormat>();

export function formatTime(iso: string, locale: string, timeZone: string): string {
  try {
    const key = `${locale} ${timeZone}`;
    let format = timeFormats.get(key);
    if (format === undefined) {
      format = new Intl.DateTimeFormat(locale, { timeZone, dateStyle: 'medium', timeStyle: 'short' });
      timeFormats.set(key, format);
    }
    return format.format(new Date(iso));
  } catch {
    return iso;
  }
}

/** An inline SVG icon from a path, decorative. */
export function icon(pathData: string, className = 'zd-icon'): SVGSVGElement {
  const svg = document.createElementNS('http://www.w3.org/2000/svg', 'svg');
  svg.setAttribute('viewBox', '0 0 16 16');
  svg.setAttribute('class', className);
  svg.setAttribute('aria-hidden', 'true');
  const path = document.createElementNS('http://www.w3.org/2000/svg', 'path');
  path.setAttribute('d', pathData);
  path.setAttribute('fill', 'currentColor');
  svg.append(path);
  return svg;
}

export const ICONS = {
  phone:
    'M3.6 1.5 5.5 1l1.6 3.3-1.3 1.1a8.6 8.6 0 0 0 4.8 4.8l1.1-1.3L15 10.5l-.5 1.9c-.2.8-1 1.4-1.9 1.3C6.9 13.2 2.8 9.1 2.3 3.4c-.1-.9.5-1.7 1.3-1.9z',
  home: 'M8 1 1 7h2v7h4v-4h2v4h4V7h2z',
  views: 'M2 2h12v3H2zm0 4.5h12v3H2zM2 11h12v3H2z',
  people:
    'M5.5 7a2.5 2.5 0 1 0 0-5 2.5 2.5 0 0 0 0 5zm5.5 0a2 2 0 1 0 0-4 2 2 0 0 0 0 4zM0 14c0-3 2.5-5 5.5-5S11 11 11 14zm12 0c0-1.8-.6-3.3-1.6-4.4 2.4.1 4.6 1.6 4.6 4.4z',
  gear: 'M7 0h2l.4 2.2 1.4.6L12.7 1.5l1.4 1.4-1.3 1.9.6 1.4L16 7v2l-2.2.4-.6 1.4 1.3 1.9-1.4 1.4-1.9-1.3-1.4.6L9 16H7l-.4-2.2-1.4-.6-1.9 1.3-1.4-1.4 1.3-1.9-.6-1.4L0 9V7l2.2-.4.6-1.4-1.3-1.9 1.4-1.4 1.9 1.3 1.4-.6zm1 5a3 3 0 1 0 0 6 3 3 0 0 0 0-6z',
  apps: 'M1 1h6v6H1zm8 0h6v6H9zM1 9h6v6H1zm8 0h6v6H9z',
  search:
    'M6.5 1a5.5 5.5 0 0 1 4.4 8.8l4 4-1.1 1.1-4-4A5.5 5.5 0 1 1 6.5 1zm0 1.6a3.9 3.9 0 1 0 0 7.8 3.9 3.9 0 0 0 0-7.8z',
} as const;

/** Fills every `[data-icon]` placeholder of the static page with its icon. */
export function drawIcons(root: ParentNode = document): void {
  for (const placeholder of root.querySelectorAll<HTMLElement>('[data-icon]')) {
    const name = placeholder.dataset.icon;
    if (name && Object.hasOwn(ICONS, name) && !placeholder.firstChild)
      placeholder.append(icon(ICONS[name as keyof typeof ICONS]));
  }
}
