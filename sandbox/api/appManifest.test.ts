import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DEFAULT_TOP_BAR_SIZE } from '../shared/common.ts';
import { readAppSummary } from './appManifest.ts';

function appFolder(manifest: unknown, translations?: unknown): string {
  const folder = mkdtempSync(join(tmpdir(), 'sandbox-app-'));
  writeFileSync(join(folder, 'manifest.json'), typeof manifest === 'string' ? manifest : JSON.stringify(manifest));
  if (translations !== undefined) {
    mkdirSync(join(folder, 'translations'));
    writeFileSync(join(folder, 'translations', 'en.json'), JSON.stringify(translations));
  }
  return folder;
}

describe('readAppSummary', () => {
  it('reads the sidebar url, the parameters and their labels', () => {
    const folder = appFolder(
      {
        name: 'Dialer',
        version: '2.1.0',
        defaultLocale: 'en',
        location: { support: { ticket_sidebar: { url: 'assets/sidebar.html', flexible: true } } },
        parameters: [
          { name: 'line', type: 'text', default: '+1800' },
          { name: 'token', type: 'text', secure: true, required: true },
          { name: 'verbose', type: 'checkbox' },
        ],
      },
      { app: { parameters: { line: { label: 'Company line' } } } },
    );
    expect(readAppSummary(folder, 'dist')).toEqual({
      appDir: 'dist',
      name: 'Dialer',
      version: '2.1.0',
      locationUrl: 'assets/sidebar.html',
      topBar: null,
      problem: null,
      parameters: [
        { name: 'line', type: 'text', required: false, secure: false, default: '+1800', label: 'Company line' },
        { name: 'token', type: 'text', required: true, secure: true, default: null, label: 'token' },
        { name: 'verbose', type: 'checkbox', required: false, secure: false, default: null, label: 'verbose' },
      ],
    });
  });

  it('reads the top_bar location with its size, and the icon when assets/icon_top_bar.svg exists', () => {
    const sidebar = { ticket_sidebar: 'assets/iframe.html' };
    const folder = appFolder({
      name: 'A',
      location: {
        support: { ...sidebar, top_bar: { url: 'assets/iframe.html', size: { width: '400px', height: 560 } } },
      },
    });
    expect(readAppSummary(folder, '.').topBar).toEqual({
      url: 'assets/iframe.html',
      width: '400px',
      height: '560px',
      iconUrl: null,
    });
    mkdirSync(join(folder, 'assets'));
    writeFileSync(join(folder, 'assets', 'icon_top_bar.svg'), '<svg/>');
    expect(readAppSummary(folder, '.').topBar).toMatchObject({ iconUrl: '/assets/icon_top_bar.svg' });
    const unsized = appFolder({ name: 'A', location: { support: { ...sidebar, top_bar: 'assets/top.html' } } });
    expect(readAppSummary(unsized, '.').topBar).toEqual({
      url: 'assets/top.html',
      ...DEFAULT_TOP_BAR_SIZE,
      iconUrl: null,
    });
    expect(readAppSummary(appFolder({ name: 'A', location: { support: sidebar } }), '.').topBar).toBeNull();
  });

  it('accepts the sidebar location given as a plain url string', () => {
    const folder = appFolder({
      name: 'A',
      location: { support: { ticket_sidebar: 'http://localhost:4567/iframe.html' } },
    });
    expect(readAppSummary(folder, '.').locationUrl).toBe('http://localhost:4567/iframe.html');
  });

  it('explains what is wrong instead of failing', () => {
    expect(readAppSummary(join(tmpdir(), 'no-such-app'), 'dist').problem).toContain('run `npx vite build` first');
    expect(readAppSummary(appFolder('{oops'), '.').problem).toContain('not valid JSON');
    expect(
      readAppSummary(appFolder({ name: 'A', location: { support: { top_bar: 'x.html' } } }), '.').problem,
    ).toContain('ticket_sidebar');
  });

  it('takes the developer’s local settings from zcli.apps.config.json, as zcli apps:server does', () => {
    const folder = appFolder({
      name: 'Dialer',
      location: { support: { ticket_sidebar: 'assets/sidebar.html' } },
      parameters: [
        { name: 'line', type: 'text', default: '+1800' },
        { name: 'country', type: 'text' },
      ],
    });
    writeFileSync(
      join(folder, 'zcli.apps.config.json'),
      JSON.stringify({ app_id: 5, parameters: { line: '+4930123', unknown: 'x' } }),
    );
    expect(readAppSummary(folder, '.').parameters.map((parameter) => [parameter.name, parameter.default])).toEqual([
      ['line', '+4930123'],
      ['country', null],
    ]);
  });
});
