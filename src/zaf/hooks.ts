import { useEffect, useRef, useState } from 'react';
import type { RefObject } from 'react';
import { parseColorScheme, parseColorSchemeEvent } from './parse';
import type { ColorScheme, ZafClient } from './types';

/** Subscribes to a host event for as long as the component lives; the latest handler is always called. */
export function useZafEvent(client: ZafClient | null, event: string, handler: (data: unknown) => void): void {
  const latest = useRef(handler);
  useEffect(() => {
    latest.current = handler;
  });
  useEffect(() => {
    if (client === null) return;
    return client.on(event, (data) => {
      latest.current(data);
    });
  }, [client, event]);
}

/** Keeps the sidebar iframe as tall as its content, as the content changes. */
export function useAutoResize(client: ZafClient | null, ref: RefObject<HTMLElement | null>): void {
  useEffect(() => {
    const element = ref.current;
    if (client === null || element === null) return;
    let frame = 0;
    const measure = () => {
      cancelAnimationFrame(frame);
      frame = requestAnimationFrame(() => {
        client.resize(Math.ceil(element.getBoundingClientRect().height));
      });
    };
    const observer = new ResizeObserver(measure);
    observer.observe(element);
    measure();
    return () => {
      cancelAnimationFrame(frame);
      observer.disconnect();
    };
  }, [client, ref]);
}

/** ZAF puts colorScheme in the iframe's query (or hash), so the first paint already has the right scheme. */
export function colorSchemeFromUrl(url: string): ColorScheme | null {
  const { searchParams, hash } = new URL(url);
  return parseColorScheme(searchParams.get('colorScheme') ?? new URLSearchParams(hash.slice(1)).get('colorScheme'));
}

/** The agent's light or dark scheme: from the URL, then the host's answer, then colorScheme.changed. */
export function useColorScheme(client: ZafClient | null, fromHost: ColorScheme | null): ColorScheme {
  const [scheme, setScheme] = useState<ColorScheme>(() => colorSchemeFromUrl(window.location.href) ?? 'light');
  const [hostScheme, setHostScheme] = useState(fromHost);
  if (fromHost !== hostScheme) {
    // Adjusting state while rendering: React's pattern for following a prop.
    setHostScheme(fromHost);
    if (fromHost !== null) setScheme(fromHost);
  }
  useZafEvent(client, 'colorScheme.changed', (data) => {
    const next = parseColorSchemeEvent(data);
    if (next !== null) setScheme(next);
  });
  return scheme;
}
