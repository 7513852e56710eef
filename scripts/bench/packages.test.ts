import { describe, expect, it } from 'vitest';
import { APP_SOURCE, packageOf } from './packages.ts';

const root = '/repo';

describe('packageOf', () => {
  it('names plain and scoped packages, the innermost node_modules winning', () => {
    expect(packageOf('/repo/node_modules/react-dom/cjs/react-dom.production.js', root)).toBe('react-dom');
    expect(packageOf('/repo/node_modules/@zendeskgarden/react-forms/dist/esm/index.js', root)).toBe(
      '@zendeskgarden/react-forms',
    );
    expect(packageOf('/repo/node_modules/a/node_modules/@s/b/x.js', root)).toBe('@s/b');
  });

  it('groups our own files and the bundler’s virtual modules', () => {
    expect(packageOf('/repo/src/main.tsx', root)).toBe(APP_SOURCE);
    expect(packageOf('/repo/translations/en.json', root)).toBe(APP_SOURCE);
    expect(packageOf('\0rolldown/runtime.js', root)).toBe('(bundler runtime)');
  });
});
