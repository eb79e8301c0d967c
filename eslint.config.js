import js from '@eslint/js';
import globals from 'globals';
import tseslint from 'typescript-eslint';

// The few rules that matter here (docs/architecture.md, "Rules"): page text is never HTML, no
// code from strings.
const forbidden = [
  {
    selector: "MemberExpression[property.name='innerHTML']",
    message: 'Page text is never HTML: build nodes or use textContent.',
  },
  { selector: "MemberExpression[property.name='outerHTML']", message: 'Page text is never HTML.' },
  {
    selector: "CallExpression[callee.property.name='insertAdjacentHTML']",
    message: 'Page text is never HTML.',
  },
  {
    selector: "JSXAttribute[name.name='dangerouslySetInnerHTML']",
    message: 'Page text is never HTML.',
  },
  { selector: "NewExpression[callee.name='Function']", message: 'No code from strings.' },
];

// Content scripts run in every dashboard page: no zod, no polyfill, no UI, and only the types of
// the protocol and the schemas (the background validates), so each script stays small
// (docs/architecture.md, "Rules").
const schemaModules = [
  '**/messaging/protocol',
  '**/messaging/schemas',
  '**/goals/schema',
  '**/store',
  '**/store/**',
  '**/*schema',
  '**/*schemas',
];
const contentScriptImports = {
  paths: [
    { name: 'zod', message: 'Content scripts do not load zod; the background validates.' },
    { name: 'webextension-polyfill', message: 'Content scripts use lib/content/api.ts.' },
    { name: 'wxt/browser', message: 'Content scripts use lib/content/api.ts.' },
    { name: 'wxt', allowTypeImports: true, message: 'Only types from wxt in a content script.' },
  ],
  patterns: [
    { group: ['zod/*', '@wxt-dev/webextension-polyfill*'], message: 'No zod or polyfill here.' },
    {
      group: ['**/components', '**/components/**', 'preact', 'preact/*', '**/entrypoints/**'],
      message: 'Content scripts load no UI code.',
    },
    {
      group: schemaModules,
      allowTypeImports: true,
      message: 'Only `import type` from the protocol, schemas and store in a content script.',
    },
  ],
};

export default tseslint.config(
  { ignores: ['.output/**', '.wxt/**', 'node_modules/**', 'dist/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.browser } },
    rules: {
      'no-eval': 'error',
      'no-implied-eval': 'error',
      'no-restricted-syntax': ['error', ...forbidden],
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_' },
      ],
    },
  },
  {
    files: [
      'lib/readers/**',
      'lib/parse/**',
      'lib/locator/**',
      'lib/content/**',
      'entrypoints/*.content.ts',
    ],
    rules: {
      'no-restricted-imports': 'off',
      '@typescript-eslint/no-restricted-imports': ['error', contentScriptImports],
    },
  },
  {
    // Node scripts, and code they evaluate inside extension pages (where `chrome` exists).
    files: ['scripts/**/*.mjs', 'test/e2e/**'],
    languageOptions: { globals: { ...globals.node, ...globals.browser, chrome: 'readonly' } },
  },
);
