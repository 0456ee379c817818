import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';
import { sourceAliases } from '../../vitest.shared.js';

// The end-user web app (fill forms, my data, data lists), served by the server at /.
export default defineConfig({
  root: 'src/app',
  base: '/',
  plugins: [react()],
  resolve: { alias: sourceAliases },
  build: { outDir: '../../dist-app', emptyOutDir: true, chunkSizeWarningLimit: 2000 },
  server: { proxy: { '/api': 'http://localhost:3000' } },
});
