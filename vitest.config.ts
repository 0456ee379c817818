import { defineConfig } from 'vitest/config';
import { sourceAliases } from './vitest.shared.js';

// Unit and integration tests of every package. The browser journeys live in e2e/ and run after
// the build (see e2e/vitest.config.ts).
export default defineConfig({
  esbuild: { jsx: 'automatic' },
  resolve: { alias: sourceAliases },
  test: {
    projects: [
      {
        resolve: { alias: sourceAliases },
        esbuild: { jsx: 'automatic' },
        test: {
          name: 'engine',
          environment: 'node',
          include: ['packages/runtime/src/engine/**/*.test.ts'],
        },
      },
      {
        resolve: { alias: sourceAliases },
        esbuild: { jsx: 'automatic' },
        test: {
          name: 'react',
          environment: 'jsdom',
          include: ['packages/runtime/src/react/**/*.test.{ts,tsx}', 'packages/runtime/src/app/**/*.test.{ts,tsx}'],
        },
      },
      {
        resolve: { alias: sourceAliases },
        esbuild: { jsx: 'automatic' },
        test: {
          name: 'designer',
          environment: 'jsdom',
          include: ['packages/designer/src/**/*.test.{ts,tsx}'],
        },
      },
      {
        resolve: { alias: sourceAliases },
        esbuild: { jsx: 'automatic' },
        test: {
          name: 'server',
          environment: 'node',
          include: ['packages/server/src/**/*.test.ts'],
          testTimeout: 30_000,
          hookTimeout: 30_000,
        },
      },
      {
        resolve: { alias: sourceAliases },
        esbuild: { jsx: 'automatic' },
        test: {
          name: 'templates',
          environment: 'node',
          include: ['templates/**/*.test.ts'],
        },
      },
    ],
  },
});
