import { fileURLToPath } from 'node:url';

/** Workspace packages resolve to their TypeScript sources in tests, never to a stale dist/. */
export const sourceAliases = [
  { find: /^@formwork\/runtime\/charts$/, replacement: fileURLToPath(new URL('./packages/runtime/src/react/charts/index.ts', import.meta.url)) },
  { find: /^@formwork\/runtime\/react$/, replacement: fileURLToPath(new URL('./packages/runtime/src/react/index.ts', import.meta.url)) },
  { find: /^@formwork\/runtime$/, replacement: fileURLToPath(new URL('./packages/runtime/src/engine/index.ts', import.meta.url)) },
  { find: /^@formwork\/templates$/, replacement: fileURLToPath(new URL('./templates/src/index.ts', import.meta.url)) },
  { find: /^@formwork\/server$/, replacement: fileURLToPath(new URL('./packages/server/src/index.ts', import.meta.url)) },
];
