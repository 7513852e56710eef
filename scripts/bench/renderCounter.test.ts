// @vitest-environment jsdom
import { expect, it } from 'vitest';
import { renderCounterScript, type RenderCounts } from './renderCounter.ts';

it('counts the components a state change re-renders, not the memoised ones it skips', async () => {
  // The counter must be in place before react-dom loads, as the bench's init script is.
  // eslint-disable-next-line @typescript-eslint/no-implied-eval -- the very text the bench injects into the page
  const install = new Function(renderCounterScript()) as () => void;
  install();
  const { createElement, memo, useState, act } = await import('react');
  const { createRoot } = await import('react-dom/client');
  (globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;
  let setCount: (value: number) => void = () => undefined;
  const Shown = ({ count }: { count: number }) => createElement('span', null, count);
  const Still = memo(function Still() {
    return createElement('b', null, 'still');
  });
  function Parent() {
    const [count, set] = useState(0);
    setCount = set;
    return createElement('div', null, createElement(Shown, { count }), createElement(Still));
  }
  // scripts/ compile without the DOM library: the page's document is reached through globalThis.
  const page = globalThis as unknown as { document: { createElement(tag: string): unknown } };
  const root = createRoot(page.document.createElement('div') as never);
  await act(async () => {
    root.render(createElement(Parent));
    await Promise.resolve();
  });
  const counts = (globalThis as { benchRenders?: RenderCounts }).benchRenders;
  expect(counts?.rendered).toBe(3);
  if (counts === undefined) return;
  Object.assign(counts, { commits: 0, rendered: 0, maxPerCommit: 0, byName: {} });
  await act(async () => {
    setCount(1);
    await Promise.resolve();
  });
  expect(counts).toMatchObject({ commits: 1, rendered: 2, maxPerCommit: 2 });
  expect(counts.byName).toEqual({ Parent: 1, Shown: 1 });
});
