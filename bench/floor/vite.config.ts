import { defineConfig } from 'vite';

export default defineConfig({ root: import.meta.dirname, base: './', build: { outDir: '../../bench-results/floor-dist', emptyOutDir: true, chunkSizeWarningLimit: 4000 } });
