import { ui as english } from '../../translations/en.json';

/** The app's own texts: the `ui` part of translations/<locale>.json (`app` is Zendesk's listing). */
export type Messages = typeof english;
export { english };

type Leaves<Tree, Prefix extends string = ''> = {
  [Key in keyof Tree & string]: Tree[Key] extends string ? `${Prefix}${Key}` : Leaves<Tree[Key], `${Prefix}${Key}.`>;
}[keyof Tree & string];

/** Every text's key, e.g. "list.title"; a typo is a type error. */
export type MessageKey = Leaves<Messages>;

/** Keys with plural forms ("list.count" for list.count.one / list.count.other). */
export type PluralKey = MessageKey extends infer Key ? (Key extends `${infer Base}.other` ? Base : never) : never;

export type MessageTree = { readonly [key: string]: string | MessageTree };

// English is in the main bundle as the fallback; every other locale is a chunk loaded on demand.
const loaders = import.meta.glob<MessageTree>(['../../translations/*.json', '!../../translations/en.json'], {
  import: 'ui',
});

function localeOfPath(path: string): string {
  return path.slice(path.lastIndexOf('/') + 1, -'.json'.length);
}

/** The locales the app has texts for, e.g. ["de", "en", "es"]. */
export const AVAILABLE_LOCALES: readonly string[] = ['en', ...Object.keys(loaders).map(localeOfPath)].sort();

/** The best of our locales for a Zendesk locale: "de-AT" → "de", "es-419" → "es", "pt-BR" → "en". */
export function resolveLocale(requested: string, available: readonly string[] = AVAILABLE_LOCALES): string {
  const wanted = requested.toLowerCase();
  const exact = available.find((locale) => locale.toLowerCase() === wanted);
  if (exact !== undefined) return exact;
  const language = wanted.split(/[-_]/)[0] ?? '';
  return available.find((locale) => locale.toLowerCase() === language) ?? 'en';
}

/** Loads one locale's texts (a small chunk of its own); English is always in the bundle. */
export async function loadMessages(locale: string): Promise<MessageTree> {
  const loader = Object.entries(loaders).find(([path]) => localeOfPath(path) === locale)?.[1];
  return loader === undefined ? english : loader();
}
