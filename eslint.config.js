import js from '@eslint/js';
import globals from 'globals';
import tseslint from 'typescript-eslint';

// The few rules that matter here (CONVENTIONS.md): page text is never HTML, no code from strings.
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
    // Node scripts, and code they evaluate inside extension pages (where `chrome` exists).
    files: ['scripts/**/*.mjs', 'test/e2e/**'],
    languageOptions: { globals: { ...globals.node, ...globals.browser, chrome: 'readonly' } },
  },
);
