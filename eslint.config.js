import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';

export default tseslint.config(
  { ignores: ['.scratch*/**', 'out/**', 'dist/**', 'node_modules/**', 'test-results/**', 'playwright-report/**', 'coverage/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node, ...globals.browser } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      'no-control-regex': 'off',
      'no-misleading-character-class': 'off',
    },
  },
  {
    files: ['renderer/**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks },
    rules: { 'react-hooks/rules-of-hooks': 'error', 'react-hooks/exhaustive-deps': 'warn' },
  },
  {
    // shared/ is pure: no Node, Electron, lowdb or DOM dependencies.
    files: ['shared/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', { patterns: ['node:*', 'electron', 'lowdb', 'lowdb/*', 'fs', 'path', 'react', 'react-dom'] }],
    },
  },
  {
    // Nothing that tests or the CLI load may import electron (it downloads its binary on first load),
    // and only the case store reaches lowdb.
    files: ['electron/services/**/*.ts', 'electron/web-host/**/*.ts', 'electron/cli/**/*.ts', 'tests/**/*.ts'],
    rules: { 'no-restricted-imports': ['error', { paths: ['electron'], patterns: ['lowdb', 'lowdb/*'] }] },
  },
  {
    files: ['electron/services/case-store.ts', 'electron/services/case-file.ts'],
    rules: { 'no-restricted-imports': ['error', { paths: ['electron'] }] },
  },
  {
    files: ['tests/e2e-electron/**/*.ts', 'electron/main/**/*.ts', 'electron/preload/**/*.ts'],
    rules: { 'no-restricted-imports': ['error', { patterns: ['lowdb', 'lowdb/*'] }] },
  },
  {
    // The renderer reaches the back end only through its API module: no Node, Electron or back-end code.
    files: ['renderer/**/*.{ts,tsx}'],
    rules: {
      'no-restricted-imports': [
        'error',
        { patterns: ['node:*', 'electron', 'lowdb', 'lowdb/*', 'fs', 'path', '**/electron/services/*', '**/electron/services/**', '**/electron/main/*', '**/electron/web-host/*'] },
      ],
    },
  },
);
