import { act, renderHook } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { fakeZafClient } from '../test/fakeZafClient';
import { colorSchemeFromUrl, useColorScheme } from './hooks';
import type { ColorScheme } from './types';

describe('colorSchemeFromUrl', () => {
  it('reads colorScheme from the query or the hash ZAF loads the app with', () => {
    expect(colorSchemeFromUrl('https://x.test/assets/iframe.html?origin=o&app_guid=g&colorScheme=dark')).toBe('dark');
    expect(colorSchemeFromUrl('https://x.test/assets/iframe.html#origin=o&colorScheme=light')).toBe('light');
    expect(colorSchemeFromUrl('https://x.test/assets/iframe.html')).toBeNull();
  });
});

describe('useColorScheme', () => {
  it('starts from the URL, takes the host’s answer, then follows colorScheme.changed', () => {
    window.history.replaceState(null, '', '/assets/iframe.html?origin=o&app_guid=g&colorScheme=dark');
    const client = fakeZafClient();
    const { result, rerender } = renderHook(({ fromHost }) => useColorScheme(client, fromHost), {
      initialProps: { fromHost: null as ColorScheme | null },
    });
    expect(result.current).toBe('dark');
    rerender({ fromHost: 'light' });
    expect(result.current).toBe('light');
    act(() => {
      client.emit('colorScheme.changed', 'dark');
    });
    expect(result.current).toBe('dark');
  });
});
