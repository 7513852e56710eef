import '@testing-library/jest-dom/vitest';
import { cleanup, configure } from '@testing-library/react';
import { afterEach, vi } from 'vitest';
import { allEnglish } from '../i18n/allEnglish';
import { addEnglish } from '../i18n/englishTexts';

// A file's first render builds Garden's styles: on a busy 2-core machine that alone can pass the 1 s default.
configure({ asyncUtilTimeout: 5_000 });

// Garden's theming asks matchMedia at import; jsdom has none.
Object.defineProperty(window, 'matchMedia', {
  configurable: true,
  value: (query: string) => ({
    matches: false,
    media: query,
    onchange: null,
    addEventListener: vi.fn(),
    removeEventListener: vi.fn(),
    addListener: vi.fn(),
    removeListener: vi.fn(),
    dispatchEvent: vi.fn(),
  }),
});

// The app sizes its iframe with ResizeObserver; jsdom lays nothing out, so nothing to observe.
class NoLayoutResizeObserver {
  observe() {}
  unobserve() {}
  disconnect() {}
}
Object.defineProperty(window, 'ResizeObserver', { configurable: true, value: NoLayoutResizeObserver });

// Components are tested as they render once every English section has arrived (englishTexts.test.ts tests the arriving).
addEnglish(allEnglish);

afterEach(() => {
  cleanup();
  window.localStorage.clear();
  window.sessionStorage.clear();
});
