import js from '@eslint/js';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';
import local from './eslint-rules/layers.js';

export default tseslint.config(
  { ignores: ['dist', 'node_modules', 'test-results', 'playwright-report', '.sandbox'] },
  js.configs.recommended,
  ...tseslint.configs.strictTypeChecked,
  {
    languageOptions: {
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
    },
    rules: {
      '@typescript-eslint/restrict-template-expressions': ['error', { allowNumber: true }],
      '@typescript-eslint/no-confusing-void-expression': ['error', { ignoreArrowShorthand: true }],
      '@typescript-eslint/consistent-type-imports': 'error',
    },
  },
  {
    files: ['src/**/*.{ts,tsx}', 'sandbox/host/**/*.ts', 'bench/**/*.tsx'],
    languageOptions: { globals: globals.browser },
    plugins: { 'react-hooks': reactHooks },
    rules: reactHooks.configs.recommended.rules,
  },
  {
    // Imports go down the layers (eslint-rules/layers.js): ui → calls / zaf / i18n / lib, never sideways in ui/.
    files: ['src/**/*.{ts,tsx}'],
    plugins: { local },
    rules: { 'local/layers': 'error' },
  },
  {
    // Only src/zaf/ may know that the ZAF SDK exists.
    files: ['src/**/*.{ts,tsx}'],
    ignores: ['src/zaf/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        { paths: [{ name: 'zendesk_app_framework_sdk', message: 'Use the typed client from src/zaf/ instead.' }] },
      ],
      // The SDK arrives as the CDN script's window.ZAFClient: read through src/zaf/client.ts only.
      'no-restricted-globals': ['error', { name: 'ZAFClient', message: 'Use the typed client from src/zaf/ instead.' }],
      'no-restricted-properties': [
        'error',
        { property: 'ZAFClient', message: 'Use the typed client from src/zaf/ instead.' },
      ],
    },
  },
  {
    // Every story gets Zendesk's CDN SDK answered by the sandbox through the shared fixture.
    files: ['e2e/**/*.spec.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [
            {
              name: '@playwright/test',
              importNames: ['test', 'expect'],
              message: 'Import test and expect from ./support/fixtures.ts, which routes the ZAF SDK to the sandbox.',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['*.{js,ts}', 'sandbox/**/*.ts', 'scripts/**/*.ts', 'e2e/**/*.ts', 'eslint-rules/**/*.ts'],
    ignores: ['sandbox/host/**'],
    languageOptions: { globals: globals.node },
  },
  {
    files: ['**/*.{js,mjs}'],
    extends: [tseslint.configs.disableTypeChecked],
    languageOptions: { globals: globals.node },
  },
);
