import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import globals from 'globals';
import reactHooks from 'eslint-plugin-react-hooks';

export default tseslint.config(
  {
    ignores: [
      'dist/',
      'node_modules/',
      'test-results/',
      'playwright-report/',
      'bench/baseline/dist/',
      'dist-fixture/',
      'dist-bench/',
      'dist-lead/',
      'dist-lead-fixture/',
      'dist-embed/',
      'dist-print/',
      'dist-print-fixture/',
      'dist-sec/',
      'dist-sec-fixture/',
      'dist-baseline/',
      'dist-benchmain/',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  reactHooks.configs.flat['recommended-latest'],
  {
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
    },
  },
);
