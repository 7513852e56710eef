import react from '@vitejs/plugin-react';
import { defineConfig } from 'vitest/config';
import { translationSections } from './scripts/translationSections.ts';

export default defineConfig({
  plugins: [react(), translationSections()],
  test: {
    // Component tests render Garden in jsdom; on a loaded 2-core machine 5 s is not always enough.
    testTimeout: 20_000,
    // CI reads the JSON to print one "N passed, N failed" line for the whole run.
    reporters: process.env.CI ? ['default', ['json', { outputFile: 'test-results/unit.json' }]] : ['default'],
    projects: [
      {
        extends: true,
        test: {
          name: 'app',
          environment: 'jsdom',
          include: ['src/**/*.test.{ts,tsx}'],
          setupFiles: ['src/test/setup.ts'],
        },
      },
      {
        extends: true,
        test: {
          name: 'node',
          environment: 'node',
          include: ['sandbox/**/*.test.ts', 'scripts/**/*.test.ts', 'eslint-rules/**/*.test.ts'],
        },
      },
    ],
  },
});
