/// <reference types="vitest/config" />
import { defineConfig } from 'vite';

export default defineConfig({
  base: './',
  build: {
    target: 'es2022',
    chunkSizeWarningLimit: 2000,
  },
  test: {
    include: ['tests/model/**/*.test.ts', 'tests/content/**/*.test.ts', 'tests/cli/**/*.test.ts'],
    environment: 'node',
  },
});
