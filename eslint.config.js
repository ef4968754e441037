import { readdirSync } from 'node:fs';
import js from '@eslint/js';
import prettier from 'eslint-config-prettier';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

// Features stay independent: shared code never imports a feature, features never import each other.
const webFeatures = readdirSync(new URL('./apps/web/src/features', import.meta.url), {
  withFileTypes: true,
})
  .filter((entry) => entry.isDirectory())
  .map((entry) => entry.name);
const escapeRegex = (text) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const featureRuleMessage =
  'Features do not import each other; move shared code to src/components, src/lib or src/hooks.';
const relativeFeatureImports = {
  group: ['../../features/*', '../features/*'],
  message: featureRuleMessage,
};

export default tseslint.config(
  {
    ignores: [
      '**/dist/**',
      'apps/web/builds/**',
      '**/node_modules/**',
      '.data/**',
      '**/test-results/**',
      'e2e/artifacts/**',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node } },
    rules: {
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_' },
      ],
      '@typescript-eslint/consistent-type-imports': 'error',
    },
  },
  {
    files: ['apps/web/src/**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser } },
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      'no-restricted-imports': ['error', { patterns: [relativeFeatureImports] }],
    },
  },
  // Shared code (components, lib, hooks) never imports a feature.
  {
    files: ['apps/web/src/{components,lib,hooks}/**/*.{ts,tsx}'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            relativeFeatureImports,
            { regex: '^@/features/', message: featureRuleMessage },
          ],
        },
      ],
    },
  },
  // A feature imports only itself: by alias, or relatively without climbing into another feature.
  ...webFeatures.map((feature) => {
    const others = webFeatures.filter((other) => other !== feature).map(escapeRegex);
    return {
      files: [`apps/web/src/features/${feature}/**/*.{ts,tsx}`],
      rules: {
        'no-restricted-imports': [
          'error',
          {
            patterns: [
              relativeFeatureImports,
              { regex: `^@/features/(?!${escapeRegex(feature)}/)`, message: featureRuleMessage },
              { regex: `^(\\.\\./)+(${others.join('|')})/`, message: featureRuleMessage },
            ],
          },
        ],
      },
    };
  }),
  {
    files: ['apps/bff/src/**/*.ts'],
    ignores: ['apps/bff/src/gateway/**', 'apps/bff/src/**/*.test.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [
            {
              name: '@aws-sdk/client-codecommit',
              allowTypeImports: true,
              message: 'Only the CodeCommit gateway (src/gateway) calls the SDK.',
            },
          ],
        },
      ],
    },
  },
  prettier,
);
