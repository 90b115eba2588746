/// <reference types="vitest/config" />
import { defineConfig, type Plugin } from 'vite';
import { parseYaml } from './src/content/yamlText.ts';
import { VitePWA } from 'vite-plugin-pwa';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** Content is authored as YAML; the build turns it into JSON so the game ships no YAML parser. */
function yamlAsJson(): Plugin {
  return {
    name: 'bouwstenen-yaml',
    transform(code, id) {
      if (!/\.ya?ml$/.test(id)) return null;
      // as a JSON string: browsers parse JSON faster than the same object written as script;
      // a file that refers to itself stops the build with the file and the place
      let data: unknown;
      try {
        data = parseYaml(code);
      } catch (e) {
        throw new Error(`${id}: ${(e as Error).message.split('\n')[0]}`);
      }
      return { code: `export default JSON.parse(${JSON.stringify(JSON.stringify(data))});`, map: null };
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
        return (
          Object.keys(ctx.bundle ?? {})
            .filter((f) => f.endsWith('.woff2'))
            // after the game's script: the title needs the script first, and is drawn again once fonts are in
            .map((f) => ({ tag: 'link', attrs: { rel: 'preload', as: 'font', type: 'font/woff2', href: `./${f}`, crossorigin: '', fetchpriority: 'low' }, injectTo: 'head' as const }))
        );
      },
    },
  };
}

/**
 * The built game takes only the parts of Phaser it uses (src/vendor/phaser.cjs), from Phaser's
 * sources; their build-time switches are set here as Phaser's own build sets them (no sound:
 * the game plays its sounds with howler). `npm run bench -- --slim-floor` builds the empty game with it too.
 */
export function slimPhaser(): Plugin {
  const src = join(dirname(createRequire(import.meta.url).resolve('phaser/package.json')), 'src') + '/';
  const flags: Record<string, string> = {
    CANVAS_RENDERER: 'true',
    WEBGL_RENDERER: 'true',
    FEATURE_SOUND: 'false',
    WEBGL_DEBUG: 'false',
    EXPERIMENTAL: 'false',
    PLUGIN_CAMERA3D: 'false',
    PLUGIN_FBINSTANT: 'false',
  };
  return {
    name: 'bouwstenen-slim-phaser',
    apply: 'build',
    config: () => ({
      resolve: {
        alias: [
          { find: /^phaser$/, replacement: fileURLToPath(new URL('./src/vendor/phaser.cjs', import.meta.url)) },
          { find: /^phaser-src\//, replacement: src },
        ],
      },
    }),
    transform(code, id) {
      if (!id.startsWith(src)) return null;
      return { code: code.replace(/typeof ([A-Z0-9_]+)\b/g, (m, k: string) => flags[k] ?? m), map: null };
    },
  };
}

/**
 * js-aruco2 (the answer cards' marker reader, CommonJS) exports by assigning to the module's `this`
 * (`this.AR = AR`), which node understands and the bundler does not: it would bundle the files as
 * modules without exports, where `this` is undefined. Said plainly here, as `module.exports`.
 */
export function arucoExports(): Plugin {
  return {
    name: 'bouwstenen-aruco-exports',
    transform(code, id) {
      if (!/js-aruco2[\\/]src[\\/](aruco|cv)\.js$/.test(id)) return null;
      const out = code
        .replace("var CV = this.CV || require('./cv').CV;", "var CV = require('./cv').CV;")
        .replace('var CV = CV || {};', 'var CV = {};')
        .replace(/^this\.(AR|CV) = \1;$/m, 'module.exports.$1 = $1;');
      if (out === code) throw new Error(`${id}: js-aruco2 changed; check arucoExports in vite.config.ts`);
      return { code: out, map: null };
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
  plugins: [
    slimPhaser(),
    arucoExports(),
    yamlAsJson(),
    preloadFonts(),
    gameFileList(),
    // installable and offline: a service worker precaches everything the game needs (sounds and
    // fonts too); src/services/offline.ts registers it once the title is up, and an update waits
    // for the player to say "load now" on the title or the map (registerType 'prompt')
    VitePWA({
      registerType: 'prompt',
      injectRegister: false,
      // the icons are precached by the glob below already
      includeManifestIcons: false,
      manifest: {
        name: 'Bouwstenen',
        short_name: 'Bouwstenen',
        description: 'Een spel over hoe hechting groeit, naar het bouwstenenmodel van Truus Bakker-van Zeil.',
        lang: 'nl',
        dir: 'ltr',
        start_url: './',
        scope: './',
        display: 'standalone',
        orientation: 'any',
        background_color: '#f6efe4',
        theme_color: '#f6efe4',
        categories: ['education', 'games'],
        icons: [
          { src: 'icons/icon-192.png', sizes: '192x192', type: 'image/png', purpose: 'any' },
          { src: 'icons/icon-512.png', sizes: '512x512', type: 'image/png', purpose: 'any' },
          { src: 'icons/icon-maskable-512.png', sizes: '512x512', type: 'image/png', purpose: 'maskable' },
        ],
      },
      workbox: {
        globPatterns: ['**/*.{js,css,html,woff2,ogg,mp3,json,png,svg}'],
        // the main chunk (Phaser) is about 1.5 MB; Workbox skips files over 2 MiB by default
        maximumFileSizeToCacheInBytes: 5 * 1024 * 1024,
        // a homework link (?level=…&lang=…) opens offline too
        ignoreURLParametersMatching: [/.*/],
        navigateFallback: 'index.html',
        cleanupOutdatedCaches: true,
        // the first visit's page is served by the worker as soon as it is ready, so a later
        // update reaches it the same way as any later visit (the new version still waits)
        clientsClaim: true,
      },
    }),
  ],
  // the class overview reads results files in a module worker (src/trainer/results.worker.ts)
  // and the camera's card reader in another (src/class/cards.worker.ts)
  worker: { format: 'es', plugins: () => [arucoExports()] },
  // the dev server bundles packages ahead of time: js-aruco2 needs the same plain words there
  optimizeDeps: { rolldownOptions: { plugins: [arucoExports()] } },
  build: {
    target: 'es2022',
    // sounds and fonts stay files: inlined, they would weigh on the script that must load before the title
    assetsInlineLimit: 0,
    chunkSizeWarningLimit: 2000,
  },
  test: {
    include: [
      'tests/game/**/*.test.ts',
      'tests/class/**/*.test.ts',
      'tests/model/**/*.test.ts',
      'tests/trainer/**/*.test.ts',
      'tests/content/**/*.test.ts',
      'tests/cli/**/*.test.ts',
      'tests/golden/**/*.test.ts',
    ],
    environment: 'node',
    // the CLI tests start tsx in a child process: seconds, not milliseconds, on a loaded machine
    testTimeout: 30_000,
  },
});
