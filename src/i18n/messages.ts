import type translations from '../../translations/en.json';
import { english } from './englishTexts';

/** The app's own texts: translations/<locale>.json but for `app` (Zendesk's listing), a section per top-level key. */
export type Messages = Omit<typeof translations, 'app'>;
export type Section = keyof Messages;

type Leaves<Tree, Prefix extends string = ''> = {
  [Key in keyof Tree & string]: Tree[Key] extends string ? `${Prefix}${Key}` : Leaves<Tree[Key], `${Prefix}${Key}.`>;
}[keyof Tree & string];

/** Every text's key, e.g. "list.title"; a typo is a type error. */
export type MessageKey = Leaves<Messages>;

/** Keys with plural forms ("list.count" for list.count.one / list.count.other). */
export type PluralKey = MessageKey extends infer Key ? (Key extends `${infer Base}.other` ? Base : never) : never;

export type MessageTree = { readonly [key: string]: string | MessageTree };

// English ships section by section with the code (englishTexts.ts); every other locale is one chunk loaded on demand.
const loaders = import.meta.glob<MessageTree>(['../../translations/*.json', '!../../translations/en.json'], {
  query: '?texts',
  import: 'default',
});

function localeOfPath(path: string): string {
  const file = path.slice(path.lastIndexOf('/') + 1);
  return file.slice(0, file.indexOf('.json'));
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

/** Loads one locale's texts (a small chunk of its own); English arrives with the code that shows it. */
export async function loadMessages(locale: string): Promise<MessageTree> {
  const loader = Object.entries(loaders).find(([path]) => localeOfPath(path) === locale)?.[1];
  return loader === undefined ? english.texts : loader();
}
