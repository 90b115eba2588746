/// <reference types="vitest/config" />
import { defineConfig, type Plugin } from 'vite';
import { parse } from 'yaml';

/** Content is authored as YAML; the build turns it into JSON modules so the game ships no YAML parser. */
function yamlAsJson(): Plugin {
  return {
    name: 'bouwstenen-yaml',
    transform(code, id) {
      if (!/\.ya?ml$/.test(id)) return null;
      return { code: `export default ${JSON.stringify(parse(code))};`, map: null };
    },
  };
}

export default defineConfig({
  base: './',
  plugins: [yamlAsJson()],
  build: {
    target: 'es2022',
    chunkSizeWarningLimit: 2000,
  },
  test: {
    include: ['tests/model/**/*.test.ts', 'tests/content/**/*.test.ts', 'tests/cli/**/*.test.ts'],
    environment: 'node',
  },
});
