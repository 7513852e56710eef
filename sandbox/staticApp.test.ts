import { describe, expect, it } from 'vitest';
import { appFileFor, isAppFilePath } from './staticApp.ts';

describe('serving the built app', () => {
  it('serves only the paths a ZAF app package holds', () => {
    expect(isAppFilePath('/manifest.json')).toBe(true);
    expect(isAppFilePath('/translations/en.json')).toBe(true);
    expect(isAppFilePath('/assets/iframe.html')).toBe(true);
    expect(isAppFilePath('/src/main.tsx')).toBe(false);
    expect(isAppFilePath('/')).toBe(false);
  });

  it('never leaves the app folder', () => {
    expect(appFileFor('/work/app/dist', '/assets/iframe.html')).toBe('/work/app/dist/assets/iframe.html');
    expect(appFileFor('/work/app/dist', '/assets/../../package.json')).toBeNull();
    expect(appFileFor('/work/app/dist', '/assets/%2e%2e/%2e%2e/package.json')).toBeNull();
    expect(appFileFor('/work/app/dist', '/assets/%E0%A4%A')).toBeNull();
  });
});
