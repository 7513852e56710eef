import { render, screen } from '@testing-library/react';
import { Suspense } from 'react';
import { describe, expect, it, vi } from 'vitest';
import { allEnglish } from './allEnglish';
import { createEnglishTexts } from './englishTexts';
import type { EnglishTexts } from './englishTexts';
import type { MessageKey, Messages } from './messages';
import { createTranslator } from './translate';

function Text({ english, textKey }: { english: EnglishTexts; textKey: MessageKey }) {
  return <p>{createTranslator('en', english.texts, english).t(textKey)}</p>;
}

function show(english: EnglishTexts, textKey: MessageKey) {
  return render(
    <Suspense fallback={<p>waiting</p>}>
      <Text english={english} textKey={textKey} />
    </Suspense>,
  );
}

function deferred() {
  let settle: { resolve: (all: Partial<Messages>) => void; reject: (error: Error) => void } | null = null;
  const promise = new Promise<Partial<Messages>>((resolve, reject) => {
    settle = { resolve, reject };
  });
  return { promise, settle: () => settle };
}

describe('English arriving section by section', () => {
  it('shows a text whose section came with the first paint at once', () => {
    const english = createEnglishTexts({ list: allEnglish.list }, () => Promise.reject(new Error('not needed')));
    show(english, 'list.reload');
    expect(screen.getByText('Refresh')).toBeInTheDocument();
  });

  it('waits for a section still on its way, never showing its key, then shows the text', async () => {
    const fetch = deferred();
    const english = createEnglishTexts({ list: allEnglish.list }, () => fetch.promise);
    show(english, 'form.submitLog');
    expect(screen.getByText('waiting')).toBeInTheDocument();
    expect(screen.queryByText(/form\./)).not.toBeInTheDocument();
    fetch.settle()?.resolve(allEnglish);
    expect(await screen.findByText(allEnglish.form.submitLog)).toBeInTheDocument();
  });

  it('throws for the location’s error boundary when the fetch a render waited on failed, rather than fetch in a loop', async () => {
    let calls = 0;
    const english = createEnglishTexts({}, () => {
      calls += 1;
      return Promise.reject(new Error('offline'));
    });
    const waitedOn = (() => {
      try {
        english.awaitSection('form.submitLog');
      } catch (thrown) {
        return thrown;
      }
      return null;
    })();
    expect(waitedOn).toBeInstanceOf(Promise);
    await waitedOn;
    expect(() => {
      english.awaitSection('form.submitLog');
    }).toThrow('English texts "form" could not be loaded');
    expect(calls).toBe(1);
  });

  it('fetches again for a render after a preload nobody waited on failed', async () => {
    let calls = 0;
    const english = createEnglishTexts({}, () => {
      calls += 1;
      return calls === 1 ? Promise.reject(new Error('offline')) : Promise.resolve(allEnglish);
    });
    await expect(english.loadAll()).rejects.toThrow('offline');
    show(english, 'form.submitLog');
    expect(await screen.findByText(allEnglish.form.submitLog)).toBeInTheDocument();
    expect(calls).toBe(2);
  });

  it('hands a lazy view its code only once every section is here, so the view never suspends halfway', async () => {
    const fetch = deferred();
    const english = createEnglishTexts({ list: allEnglish.list }, () => fetch.promise);
    let loaded: string | null = null;
    void english
      .withAll(() => Promise.resolve('the form’s code'))()
      .then((module) => {
        loaded = module;
      });
    await Promise.resolve();
    await Promise.resolve();
    expect(loaded).toBeNull();
    fetch.settle()?.resolve(allEnglish);
    await vi.waitFor(() => {
      expect(loaded).toBe('the form’s code');
    });
    expect(Object.hasOwn(english.texts, 'form')).toBe(true);
  });

  it('fetches the rest once, however many ask', async () => {
    let calls = 0;
    const english = createEnglishTexts({}, () => {
      calls += 1;
      return Promise.resolve(allEnglish);
    });
    await Promise.all([english.loadAll(), english.loadAll()]);
    await english.loadAll();
    expect(calls).toBe(1);
  });
});
