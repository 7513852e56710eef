import { Suspense } from 'react';
import type { ComponentType } from 'react';
import { withAllEnglish } from '../../i18n/englishTexts';

/**
 * A part of a view that is never on its first screen (what shows after a search, a
 * press or a failure): its code is its own chunk, and until it is here it shows nothing.
 * A chunk that cannot load throws to the location's error boundary, as React's `lazy` does.
 * It renders once its English is here too, so it never suspends halfway after showing.
 */
export function lazyPart<Props extends object>(loadPart: () => Promise<ComponentType<Props>>): ComponentType<Props> {
  const load = withAllEnglish(loadPart);
  let part: ComponentType<Props> | null = null;
  let failure: Error | null = null;
  let loading: Promise<void> | null = null;
  function Loaded(props: Props) {
    if (failure !== null) throw failure;
    if (part === null) {
      loading ??= load().then(
        (loaded) => {
          part = loaded;
        },
        (error: unknown) => {
          failure = error instanceof Error ? error : new Error(String(error));
        },
      );
      // Suspense's protocol: the render waits on the thrown promise, then runs again.
      // eslint-disable-next-line @typescript-eslint/only-throw-error
      throw loading;
    }
    const Part = part;
    return <Part {...props} />;
  }
  return function LazyPart(props: Props) {
    return (
      <Suspense fallback={null}>
        <Loaded {...props} />
      </Suspense>
    );
  };
}
