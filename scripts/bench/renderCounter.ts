// Counts the React components that rendered in each commit, through the hook React
// DevTools uses (`__REACT_DEVTOOLS_GLOBAL_HOOK__`, read by react-dom also in production).
// A component rendered in a commit when its fiber is not one of the previous commit's
// (React works on the other copy of a fiber it visits) and has PerformedWork set
// (a bailed-out copy has not). Installed before any script of the page runs.

import type { Frame } from 'playwright-core';

export interface RenderCounts {
  commits: number;
  /** Components rendered over all commits since the last reset */
  rendered: number;
  maxPerCommit: number;
  /** Rendered components by name (minified names where the build drops them) */
  byName: Record<string, number>;
}

interface Fiber {
  readonly tag: number;
  readonly flags: number;
  readonly type: unknown;
  readonly child: Fiber | null;
  readonly sibling: Fiber | null;
}

interface CounterWindow {
  benchRenders?: RenderCounts;
  __REACT_DEVTOOLS_GLOBAL_HOOK__?: unknown;
}

function installRenderCounter(): void {
  // FunctionComponent, ClassComponent, ForwardRef, MemoComponent, SimpleMemoComponent
  const componentTags = new Set([0, 1, 11, 14, 15]);
  const performedWork = 1;
  const page = globalThis as unknown as CounterWindow;
  const counts: RenderCounts = { commits: 0, rendered: 0, maxPerCommit: 0, byName: {} };
  page.benchRenders = counts;
  const previous = new Map<unknown, WeakSet<Fiber>>();
  const nameOf = (type: unknown): string => {
    if (typeof type === 'function') {
      const named = type as { displayName?: string; name?: string };
      return named.displayName ?? named.name ?? '?';
    }
    if (typeof type === 'object' && type !== null) {
      const wrapper = type as { displayName?: string; render?: unknown; type?: unknown };
      if (typeof wrapper.displayName === 'string') return wrapper.displayName;
      if (wrapper.render !== undefined) return nameOf(wrapper.render);
      if (wrapper.type !== undefined) return nameOf(wrapper.type);
    }
    return '?';
  };
  let renderers = 0;
  page.__REACT_DEVTOOLS_GLOBAL_HOOK__ = {
    supportsFiber: true,
    isDisabled: false,
    renderers: new Map(),
    inject: () => (renderers += 1),
    checkDCE: () => undefined,
    onScheduleFiberRoot: () => undefined,
    onCommitFiberUnmount: () => undefined,
    onPostCommitFiberRoot: () => undefined,
    onCommitFiberRoot: (_renderer: number, root: { current: Fiber }) => {
      const before = previous.get(root) ?? new WeakSet<Fiber>();
      const now = new WeakSet<Fiber>();
      let rendered = 0;
      const stack: Fiber[] = [root.current];
      for (let fiber = stack.pop(); fiber !== undefined; fiber = stack.pop()) {
        now.add(fiber);
        if (componentTags.has(fiber.tag) && !before.has(fiber) && (fiber.flags & performedWork) !== 0) {
          rendered += 1;
          const name = nameOf(fiber.type);
          counts.byName[name] = (counts.byName[name] ?? 0) + 1;
        }
        if (fiber.sibling !== null) stack.push(fiber.sibling);
        if (fiber.child !== null) stack.push(fiber.child);
      }
      previous.set(root, now);
      counts.commits += 1;
      counts.rendered += rendered;
      counts.maxPerCommit = Math.max(counts.maxPerCommit, rendered);
    },
  };
}

/** The counter as script text; tsx's keepNames helper `__name` is supplied as a no-op (see probe.ts). */
export function renderCounterScript(): string {
  return `(() => { const __name = (target) => target; (${installRenderCounter.toString()})(); })();`;
}

export async function resetRenders(frame: Frame): Promise<void> {
  await frame.evaluate(() => {
    const counts = (globalThis as unknown as CounterWindow).benchRenders;
    if (counts === undefined) throw new Error('the render counter is not installed');
    Object.assign(counts, { commits: 0, rendered: 0, maxPerCommit: 0, byName: {} });
  });
}

export async function readRenders(frame: Frame): Promise<RenderCounts> {
  const counts = await frame.evaluate(() => (globalThis as unknown as CounterWindow).benchRenders);
  if (counts === undefined) throw new Error('the render counter is not installed');
  return counts;
}
