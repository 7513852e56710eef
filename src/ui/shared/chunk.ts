import { useEffect, useState } from 'react';

/** A lazily loaded module: loaded at most once at a time, and again after a failure (React.lazy keeps a failure forever). */
export interface Chunk<Module> {
  /** Starts the load (or joins the one under way); a failed load is tried afresh next time */
  load: () => Promise<Module>;
  /** The module once loaded, so a card shown later renders it at once, with no placeholder */
  loaded: () => Module | null;
}

export function chunk<Module>(importer: () => Promise<Module>): Chunk<Module> {
  let done: Module | null = null;
  let pending: Promise<Module> | null = null;
  return {
    load: () =>
      (pending ??= importer().then(
        (module) => (done = module),
        (error: unknown) => {
          pending = null;
          throw error;
        },
      )),
    loaded: () => done,
  };
}

export type ChunkState<Module> =
  { status: 'loading' } | { status: 'ready'; module: Module } | { status: 'failed'; retry: () => void };

/**
 * The chunk's module for rendering: loading, ready, or failed with a retry
 * that loads it again. Nothing is fetched while `wanted` is false.
 */
export function useChunk<Module>(source: Chunk<Module>, wanted = true): ChunkState<Module> {
  const [attempt, setAttempt] = useState(0);
  const [outcome, setOutcome] = useState<{ attempt: number; failed: boolean } | null>(null);
  const module = source.loaded();
  useEffect(() => {
    if (module !== null || !wanted) return undefined;
    let current = true;
    source.load().then(
      () => {
        if (current) setOutcome({ attempt, failed: false });
      },
      () => {
        if (current) setOutcome({ attempt, failed: true });
      },
    );
    return () => {
      current = false;
    };
  }, [source, module, attempt, wanted]);
  if (module !== null) return { status: 'ready', module };
  if (outcome?.attempt === attempt && outcome.failed) {
    return {
      status: 'failed',
      retry: () => {
        setAttempt(attempt + 1);
      },
    };
  }
  return { status: 'loading' };
}
