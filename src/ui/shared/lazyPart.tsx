import { Suspense } from 'react';
import type { ComponentType } from 'react';
import { withAllEnglish } from '../../i18n/englishTexts';
import { chunk } from './chunk';

/**
 * A part of a view that is never on its first screen (what shows after a search, a
 * press or a failure): its code is its own chunk, and until it is here it shows nothing.
 * A chunk that cannot load throws to the location's error boundary, as React's `lazy` does.
 * It renders once its English is here too, so it never suspends halfway after showing.
 */
export function lazyPart<Props extends object>(loadPart: () => Promise<ComponentType<Props>>): ComponentType<Props> {
  // Loaded once, by the same helper as the live call's controls; a failure is kept for the error boundary.
  const source = chunk(withAllEnglish(loadPart));
  let failure: Error | null = null;
  function Loaded(props: Props) {
    const Part = source.loaded();
    if (Part !== null) return <Part {...props} />;
    if (failure !== null) throw failure;
    // Suspense's protocol: the render waits on the thrown promise, then runs again.
    // eslint-disable-next-line @typescript-eslint/only-throw-error
    throw source.load().then(
      () => undefined,
      (error: unknown) => {
        failure = error instanceof Error ? error : new Error(String(error));
      },
    );
  }
  return function LazyPart(props: Props) {
    return (
      <Suspense fallback={null}>
        <Loaded {...props} />
      </Suspense>
    );
  };
}
