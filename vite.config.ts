import { defineConfig } from 'vitest/config';
import { svelte } from '@sveltejs/vite-plugin-svelte';

export default defineConfig({
  plugins: [svelte()],
  // Relative asset paths so the built app also works from a sub-folder or a file share.
  base: './',
  worker: { format: 'es' },
  build: { target: 'es2022', sourcemap: true },
  test: {
    include: ['test/unit/**/*.test.ts', 'test/db/**/*.test.ts', 'test/charts/**/*.test.ts'],
    environment: 'node',
    testTimeout: 30_000,
  },
});
