import { resolve } from 'node:path';
import { defineConfig } from 'vite';

/**
 * The bench's reference page, built apart from the app (`npm run build` never sees DuckDB):
 * served by `npm run bench` from test-results/bench-reference.
 */
export default defineConfig({
  root: import.meta.dirname,
  base: './',
  logLevel: 'warn',
  worker: { format: 'es' },
  build: {
    target: 'es2022',
    outDir: resolve(import.meta.dirname, '../../test-results/bench-reference'),
    emptyOutDir: true,
    rollupOptions: { input: resolve(import.meta.dirname, 'reference.html') },
  },
});
