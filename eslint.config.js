import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';

export default tseslint.config(
  {
    ignores: ['**/node_modules/**', '**/dist/**', '**/dist-app/**', '**/.tsbuild/**', 'data/**', '.e2e-data/**'],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node, ...globals.browser } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': 'error',
      'no-new-func': 'error',
      'no-eval': 'error',
      'no-implied-eval': 'error',
    },
  },
  {
    // Every store call is a promise (#11): one left floating is a write that may not happen
    // before the answer, or an error nobody sees. Type-aware, so only where it matters.
    files: ['packages/server/src/**/*.ts', 'packages/server/bench/**/*.ts'],
    languageOptions: { parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname } },
    rules: {
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/no-misused-promises': ['error', { checksVoidReturn: { arguments: false } }],
      '@typescript-eslint/await-thenable': 'error',
    },
  },
  {
    // Storage is reached through the ports in src/storage; only an adapter speaks to its driver.
    files: ['packages/server/src/**/*.ts'],
    // migrateToPostgres reads one adapter's database and writes the other's: it speaks to both.
    ignores: ['packages/server/src/storage/sqlite/**', 'packages/server/src/storage/postgres/**', 'packages/server/src/storage/migrateToPostgres.ts', 'packages/server/src/storage/migrateToPostgres/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        { paths: [
          { name: 'better-sqlite3', message: 'Only storage/sqlite/ speaks to SQLite: go through the Stores ports.' },
          { name: 'pg', message: 'Only storage/postgres/ speaks to PostgreSQL: go through the Stores ports.' },
        ] },
      ],
    },
  },
  {
    files: ['**/*.tsx'],
    plugins: { 'react-hooks': reactHooks },
    rules: reactHooks.configs.recommended.rules,
  },
  {
    // ajv's generated validators (documents/generated, kept in sync by a test): generated, not
    // written, so the rules its code style breaks are off there and only there. The engine's
    // purity rules below still apply to them.
    files: ['packages/runtime/src/engine/documents/generated/validate*.ts'],
    rules: {
      'no-var': 'off',
      'prefer-const': 'off',
      '@typescript-eslint/no-explicit-any': 'off',
      '@typescript-eslint/no-unused-vars': 'off',
      '@typescript-eslint/no-namespace': 'off',
    },
  },
  {
    // The engine is shared by browser and server: no framework, no host APIs, no clock.
    files: ['packages/runtime/src/engine/**/*.ts'],
    ignores: ['**/*.test.ts', '**/testing/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: ['react', 'react-dom', 'react/*', 'zustand', 'zustand/*'], message: 'The engine is React-free.' },
            { group: ['node:*', 'fs', 'path', 'crypto', 'express', 'better-sqlite3'], message: 'The engine imports no host APIs: inject them.' },
            { group: ['../react/*', '../app/*', '../../react/*', '../../app/*'], message: 'Dependencies point from react/app to engine, never back.' },
          ],
        },
      ],
      'no-restricted-syntax': [
        'error',
        { selector: "CallExpression[callee.object.name='Date'][callee.property.name='now']", message: 'Pass now() in.' },
        { selector: "NewExpression[callee.name='Date'][arguments.length=0]", message: 'Pass now() in.' },
        { selector: "CallExpression[callee.object.name='Math'][callee.property.name='random']", message: 'Pass an id maker in.' },
        { selector: "MemberExpression[object.name='globalThis']", message: 'The engine reaches no globals.' },
      ],
      'no-restricted-globals': ['error', 'window', 'document', 'process', 'setTimeout', 'setInterval', 'fetch', 'localStorage'],
    },
  },
);
