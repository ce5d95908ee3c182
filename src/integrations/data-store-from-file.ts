import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import type { Plugin } from 'vite';

/** The module through which Astro's pages read the content collections (astro/dist/content/consts.js). */
const DATA_STORE_MODULE = '\0astro:data-layer-content';

/**
 * Pages read the content collections from the data store file at build time, instead of from a
 * copy of it inlined into the bundled pages. Astro inlines the whole store (every level's HTML) as
 * one JavaScript string: on a 2,000-level ladder a 40 MB module that the bundler parses and
 * writes, and that stays in memory twice (the module's source and the string) while every page
 * renders. Reading the same file when the pages load gives them the same data.
 *
 * Only for `astro build`: the pages are rendered in this process, right after the content sync
 * wrote the file. The dev server keeps Astro's own module (it reloads it as content changes).
 */
function dataStoreFromFile(cacheDir: URL): Plugin {
  const file = fileURLToPath(new URL('data-store.json', cacheDir));
  return {
    name: 'ladder:data-store-from-file',
    enforce: 'pre',
    apply: 'build',
    // Astro's own plugin loads the module first (it comes earlier): its code is replaced here,
    // before the bundler parses it.
    transform(_code, id) {
      if (id !== DATA_STORE_MODULE) return undefined;
      // Astro reads this module inside a try that falls back to an empty store: a store that cannot
      // be read must stop the build here, not publish a ladder without levels.
      const code = [
        `import { readFileSync } from 'node:fs';`,
        `let store;`,
        `try {`,
        `  store = JSON.parse(readFileSync(${JSON.stringify(file)}, 'utf8'));`,
        `} catch (error) {`,
        `  console.error('The pages could not read the content collections from ' + ${JSON.stringify(file)} + ': ' + error.message + '. Build again; if this persists, delete node_modules/.astro.');`,
        `  process.exit(1);`,
        `}`,
        `export default store;`,
      ].join('\n');
      return { code, map: { mappings: '' } };
    },
  };
}

/** The integration that adds the plugin above, once Astro has resolved its cache folder. */
export function dataStoreFile(): AstroIntegration {
  return {
    name: 'data-store-from-file',
    hooks: {
      'astro:config:setup': ({ config, updateConfig }) => {
        updateConfig({ vite: { plugins: [dataStoreFromFile(config.cacheDir)] } });
      },
    },
  };
}
