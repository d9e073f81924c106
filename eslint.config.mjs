// Lint: typescript-eslint and react-hooks everywhere, plus the rule that keeps src/core pure.
import js from '@eslint/js';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

// What src/core may never import: Office, React, the DOM, Node built-ins, or another src/ folder.
const NODE_BUILTINS = [
  'assert', 'buffer', 'child_process', 'cluster', 'crypto', 'dgram', 'dns', 'events', 'fs', 'fs/promises', 'http',
  'http2', 'https', 'net', 'os', 'path', 'perf_hooks', 'process', 'readline', 'stream', 'timers', 'tls', 'tty',
  'url', 'util', 'v8', 'vm', 'worker_threads', 'zlib',
];
const coreRestrictions = {
  paths: NODE_BUILTINS.map((name) => ({ name, message: 'src/core is pure: no Node built-ins (use an adapter).' })),
  patterns: [
    { group: ['node:*'], message: 'src/core is pure: no Node built-ins (use an adapter).' },
    { group: ['react', 'react-dom', 'react/*', 'react-dom/*', '@fluentui/*'], message: 'src/core is pure: no React or UI code.' },
    { group: ['@microsoft/office-js', 'office-js', 'office-addin-*'], message: 'src/core is pure: no Office code.' },
    { group: ['exceljs', 'docx', 'jszip', '@e965/*', 'xlsx'], message: 'src/core is pure: file formats belong to the adapters.' },
    {
      group: ['**/excel', '**/excel/*', '**/word', '**/word/*', '**/xlsx', '**/xlsx/*', '**/cli', '**/cli/*', '**/taskpane', '**/taskpane/*', '**/commands', '**/commands/*'],
      message: 'src/core may not import another src/ folder.',
    },
    { group: ['decimal.js'], message: 'Only src/core/money.ts may import decimal.js.' },
  ],
};
const DOM_AND_HOST_GLOBALS = ['window', 'document', 'navigator', 'localStorage', 'sessionStorage', 'fetch', 'XMLHttpRequest', 'Office', 'Excel', 'Word', 'OfficeExtension', 'process', 'require', 'Buffer', '__dirname'];

export default tseslint.config(
  { ignores: ['dist/', 'lib/', 'artifacts/', 'coverage/', 'node_modules/', 'samples/'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks },
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    rules: {
      ...reactHooks.configs.recommended.rules,
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  {
    files: ['src/core/**/*.ts'],
    languageOptions: { globals: {} },
    rules: {
      'no-restricted-imports': ['error', coreRestrictions],
      'no-restricted-globals': ['error', ...DOM_AND_HOST_GLOBALS.map((name) => ({ name, message: 'src/core is pure: no DOM, Office or Node globals.' }))],
    },
  },
  {
    files: ['src/core/money.ts'],
    rules: {
      'no-restricted-imports': ['error', { ...coreRestrictions, patterns: coreRestrictions.patterns.filter((p) => !p.group.includes('decimal.js')) }],
    },
  },
  {
    files: ['**/*.js', '**/*.mjs', '**/*.cjs'],
    languageOptions: { globals: { ...globals.node }, sourceType: 'commonjs' },
    rules: { '@typescript-eslint/no-require-imports': 'off' },
  },
  { files: ['**/*.mjs'], languageOptions: { sourceType: 'module' } },
);
