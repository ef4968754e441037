import js from '@eslint/js';
import prettier from 'eslint-config-prettier';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  { ignores: ['**/dist/**', '**/node_modules/**', '.data/**', '**/test-results/**', 'e2e/artifacts/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node } },
    rules: {
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': 'error',
    },
  },
  {
    files: ['apps/web/src/**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser } },
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      // Features stay independent: shared code never imports a feature, features never import each other.
      'no-restricted-imports': ['error', { patterns: [{ group: ['../../features/*', '../features/*'], message: 'Features do not import each other; move shared code to src/components or src/lib.' }] }],
    },
  },
  {
    files: ['apps/bff/src/**/*.ts'],
    ignores: ['apps/bff/src/gateway/**', 'apps/bff/src/**/*.test.ts'],
    rules: {
      'no-restricted-imports': ['error', { paths: [{ name: '@aws-sdk/client-codecommit', allowTypeImports: true, message: 'Only the CodeCommit gateway (src/gateway) calls the SDK.' }] }],
    },
  },
  prettier,
);
