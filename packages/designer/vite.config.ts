import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';
import { sourceAliases } from '../../vitest.shared.js';

// The admin web app, served by the server at /designer.
export default defineConfig({
  base: '/designer/',
  plugins: [react()],
  resolve: { alias: sourceAliases },
  build: { outDir: 'dist', emptyOutDir: true, chunkSizeWarningLimit: 2000 },
  server: { proxy: { '/api': 'http://localhost:3000' } },
});
