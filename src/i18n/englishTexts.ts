import { shell } from '../../translations/en.json';
import type { Messages, MessageTree, Section } from './messages';

// Every section's name, checked against translations/en.json: a key's first part is its section.
const SECTIONS = {
  shell: true,
  sidebar: true,
  list: true,
  card: true,
  details: true,
  form: true,
  conflict: true,
  comment: true,
  notify: true,
  problems: true,
  errors: true,
  groups: true,
  values: true,
  fields: true,
  topBar: true,
  live: true,
} satisfies Record<Section, true>;

function sectionOf(key: string): Section | null {
  const name = key.slice(0, key.indexOf('.'));
  return Object.hasOwn(SECTIONS, name) ? (name as Section) : null;
}

/** English, the fallback of every locale, arriving section by section with the code that shows it. */
export interface EnglishTexts {
  /** The sections that have arrived, one tree keyed by section */
  readonly texts: MessageTree;
  add: (sections: Partial<Messages>) => void;
  /** Fetches every section not here yet (one small chunk); a failed fetch is tried again on the next call */
  loadAll: () => Promise<void>;
  /**
   * For a render about to show `key`: returns when its section is here, else suspends the
   * render until it is (React's Suspense), or throws when it could not be fetched.
   */
  awaitSection: (key: string) => void;
  /**
   * A lazy view's loader that resolves once its code and every section are here: the view then
   * renders whole, never suspending halfway (which would hide a heading that just took focus).
   */
  withAll: <Module>(load: () => Promise<Module>) => () => Promise<Module>;
}

export function createEnglishTexts(first: Partial<Messages>, fetchAll: () => Promise<Partial<Messages>>): EnglishTexts {
  const texts: Record<string, MessageTree> = { ...first };
  let loading: Promise<void> | null = null;
  // Whether a render waits on the load in flight, and the failure of one it waited on.
  let awaited = false;
  let failure: unknown = null;
  const add = (sections: Partial<Messages>) => {
    Object.assign(texts, sections);
  };
  const loadAll = () => {
    loading ??= fetchAll().then(
      (all) => {
        add(all);
        awaited = false;
        failure = null;
      },
      (error: unknown) => {
        loading = null;
        if (awaited) failure = error;
        awaited = false;
        throw error;
      },
    );
    return loading;
  };
  return {
    texts,
    add,
    loadAll,
    withAll: (load) => async () => {
      const [module] = await Promise.all([load(), loadAll()]);
      return module;
    },
    awaitSection: (key) => {
      const section = sectionOf(key);
      if (section === null || Object.hasOwn(texts, section)) return;
      // A render already waited and the fetch failed: the location's error boundary says so, not a loop of retries.
      if (failure !== null) throw new Error(`English texts "${section}" could not be loaded`, { cause: failure });
      awaited = true;
      // Suspense's protocol: the render waits on the thrown promise, then runs again.
      // eslint-disable-next-line @typescript-eslint/only-throw-error
      throw loadAll().catch(() => undefined);
    },
  };
}

/** The app's English: the shell's texts with the bundle, each location's first paint with its root, the rest after. */
export const english = createEnglishTexts({ shell }, async () => (await import('./allEnglish')).allEnglish);

/** Registers English sections shipped with the code that shows them (a location root's first paint). */
export function addEnglish(sections: Partial<Messages>): void {
  english.add(sections);
}

/** Fetches the English sections the first paint did not bring (right after usable, or with a lazy view). */
export function loadAllEnglish(): Promise<void> {
  return english.loadAll();
}

/** A lazy view's loader that waits for every English section too (EnglishTexts.withAll). */
export function withAllEnglish<Module>(load: () => Promise<Module>): () => Promise<Module> {
  return english.withAll(load);
}
