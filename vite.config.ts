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

/** Fonts start loading with the page, not when the game's script asks for them. */
function preloadFonts(): Plugin {
  return {
    name: 'bouwstenen-preload-fonts',
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      handler(_html, ctx) {
        return Object.keys(ctx.bundle ?? {})
          .filter((f) => f.endsWith('.woff2'))
          .map((f) => ({ tag: 'link', attrs: { rel: 'preload', as: 'font', type: 'font/woff2', href: `./${f}`, crossorigin: '' }, injectTo: 'head' as const }));
      },
    },
  };
}

/** The built game's own file list, so the trainer screen can zip the game into a SCORM package. */
function gameFileList(): Plugin {
  return {
    name: 'bouwstenen-file-list',
    apply: 'build',
    enforce: 'post',
    generateBundle(_options, bundle) {
      const files = new Set(Object.keys(bundle));
      files.add('index.html');
      this.emitFile({ type: 'asset', fileName: 'game-files.json', source: JSON.stringify([...files].sort()) });
    },
  };
}

export default defineConfig({
  base: './',
  plugins: [yamlAsJson(), preloadFonts(), gameFileList()],
  build: {
    target: 'es2022',
    // sounds and fonts stay files: inlined, they would weigh on the script that must load before the title
    assetsInlineLimit: 0,
    chunkSizeWarningLimit: 2000,
  },
  test: {
    include: ['tests/game/**/*.test.ts', 'tests/model/**/*.test.ts', 'tests/trainer/**/*.test.ts', 'tests/content/**/*.test.ts', 'tests/cli/**/*.test.ts'],
    environment: 'node',
    // the CLI tests start tsx in a child process: seconds, not milliseconds, on a loaded machine
    testTimeout: 30_000,
  },
});
