import { english as sharedEnglish } from './englishTexts';
import type { EnglishTexts } from './englishTexts';
import type { MessageKey, MessageTree, PluralKey } from './messages';

export type Vars = Readonly<Record<string, string | number>>;

export interface Translator {
  t: (key: MessageKey, vars?: Vars) => string;
  /** Picks the plural form for `count` ({{count}} is filled in) */
  plural: (key: PluralKey, count: number, vars?: Vars) => string;
  /** Whether a key built at run time (e.g. from a value Zendesk sent) has a text */
  has: (key: string) => key is MessageKey;
}

function lookup(tree: MessageTree, key: string): string | undefined {
  let node: string | MessageTree | undefined = tree;
  for (const part of key.split('.')) {
    if (node === undefined || typeof node === 'string') return undefined;
    node = node[part];
  }
  return typeof node === 'string' ? node : undefined;
}

function interpolate(text: string, vars: Vars): string {
  return text.replace(/\{\{\s*(\w+)\s*\}\}/g, (placeholder, name: string) =>
    Object.hasOwn(vars, name) ? String(vars[name]) : placeholder,
  );
}

/**
 * Texts in the agent's language, English where a translation is missing (a render
 * waits for an English section still on its way), and the key itself as the last resort.
 */
export function createTranslator(
  locale: string,
  messages: MessageTree,
  english: EnglishTexts = sharedEnglish,
): Translator {
  const inEnglish = (key: string) => {
    english.awaitSection(key);
    return lookup(english.texts, key);
  };
  const text = (key: string, vars: Vars = {}) => interpolate(lookup(messages, key) ?? inEnglish(key) ?? key, vars);
  let rules: Intl.PluralRules;
  try {
    rules = new Intl.PluralRules(locale);
  } catch {
    rules = new Intl.PluralRules('en');
  }
  return {
    t: text,
    plural: (key, count, vars = {}) => {
      const form = rules.select(count);
      const chosen = lookup(messages, `${key}.${form}`) !== undefined ? form : 'other';
      return text(`${key}.${chosen}`, { ...vars, count });
    },
    has: (key): key is MessageKey => (lookup(messages, key) ?? inEnglish(key)) !== undefined,
  };
}
