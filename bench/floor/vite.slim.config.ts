// The floor on the game's slim Phaser (`npm run bench -- --slim-floor`): what the game's own code
// costs, apart from what it saves by leaving out the parts of Phaser it does not use.
import { defineConfig } from 'vite';
import { slimPhaser } from '../../vite.config.ts';

export default defineConfig({
  root: import.meta.dirname,
  base: './',
  plugins: [slimPhaser()],
  build: { outDir: '../../bench-results/floor-slim-dist', emptyOutDir: true, chunkSizeWarningLimit: 4000 },
});
