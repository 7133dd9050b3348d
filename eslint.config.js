// @ts-check
import js from '@eslint/js';
import globals from 'globals';
import tseslint from 'typescript-eslint';

/** What src/ may never reach for: the library is pure (DESIGN.md, rule 1). */
const purity = {
  'no-console': 'error',
  'no-restricted-imports': [
    'error',
    {
      patterns: [
        { regex: '^node:', message: 'src/ is pure and platform-neutral: no node: imports.' },
        {
          regex:
            '^(fs|path|os|child_process|crypto|http|https|net|url|util|events|stream|worker_threads|process|buffer|timers)(/.*)?$',
          message: 'src/ is pure and platform-neutral: no Node built-in modules.',
        },
      ],
    },
  ],
  'no-restricted-properties': [
    'error',
    {
      object: 'Math',
      property: 'random',
      message: 'Randomness comes in as a seed: use createRandom(seed).',
    },
    {
      object: 'Date',
      property: 'now',
      message: 'Time comes in as an argument (asOf), never from the clock.',
    },
  ],
  'no-restricted-syntax': [
    'error',
    {
      selector: "NewExpression[callee.name='Date'][arguments.length=0]",
      message: 'Time comes in as an argument (asOf): no argument-less new Date().',
    },
    {
      selector: "CallExpression[callee.name='Date']",
      message: 'Date() reads the clock: time comes in as an argument (asOf).',
    },
  ],
  'no-restricted-globals': [
    'error',
    { name: 'fetch', message: 'src/ does no I/O.' },
    { name: 'setTimeout', message: 'src/ uses no timers.' },
    { name: 'setInterval', message: 'src/ uses no timers.' },
    { name: 'setImmediate', message: 'src/ uses no timers.' },
    { name: 'queueMicrotask', message: 'src/ uses no timers.' },
    { name: 'process', message: 'src/ is platform-neutral: no process.' },
    { name: 'require', message: 'src/ is ESM: no require.' },
  ],
};

export default tseslint.config(
  {
    ignores: [
      'dist/**',
      'coverage/**',
      'docs/api/**',
      'node_modules/**',
      '.ci/out/**',
      'reports/**',
      '.stryker-tmp/**',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.strictTypeChecked,
  {
    languageOptions: {
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
    },
  },
  {
    files: ['src/**/*.ts'],
    rules: purity,
  },
  {
    files: ['test/**/*.ts', 'examples/**/*.ts', 'scripts/**', '*.config.ts', '*.config.js'],
    languageOptions: { globals: { ...globals.node } },
  },
  {
    // Tests poke at wrong inputs on purpose.
    files: ['test/**/*.ts'],
    rules: {
      '@typescript-eslint/no-unsafe-argument': 'off',
      '@typescript-eslint/no-unnecessary-condition': 'off',
    },
  },
  {
    files: ['**/*.js', '**/*.mjs', '**/*.cjs'],
    ...tseslint.configs.disableTypeChecked,
  },
  {
    files: ['**/*.cjs'],
    languageOptions: { sourceType: 'commonjs', globals: { ...globals.node } },
  },
);
