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
    // Ahead of Astro's own loader for the module (`order: 'pre'`; a module's first loader wins):
    // Astro's reads, parses and re-quotes the whole store file only for it to be replaced here,
    // half a second and twice the store's size in memory on a 2,000-level ladder.
    load: {
      order: 'pre',
      filter: { id: new RegExp(`^${DATA_STORE_MODULE}$`) },
      handler(id) {
        if (id !== DATA_STORE_MODULE) return undefined;
        // The meta Astro's loader gives content modules: its incremental builds leave them out of a page's dependencies.
        return { code: storeModuleCode(file), map: { mappings: '' }, meta: { astroIncremental: { kind: 'content-data' } } };
      },
    },
  };
}

/**
 * The module's code: the store file, parsed as the pages load. Astro reads this module inside a
 * `try` that falls back to an empty store, so a store that cannot be read, or is not in the form
 * Astro's own module gives (devalue's flattened array, as `collectionStorage` keeps it by
 * default), stops the build here rather than publish a ladder without levels.
 */
export function storeModuleCode(file: string): string {
  const fail = (why: string) => `  console.error('The pages could not read the content collections from ' + ${JSON.stringify(file)} + ': ' + ${why});\n  process.exit(1);`;
  return [
    `import { readFileSync } from 'node:fs';`,
    `let store;`,
    `try {`,
    `  store = JSON.parse(readFileSync(${JSON.stringify(file)}, 'utf8'));`,
    `} catch (error) {`,
    fail(`error.message + '. Build again; if this persists, delete node_modules/.astro.'`),
    `}`,
    `if (!Array.isArray(store)) {`,
    fail(`'it is not in the form this build reads (Astro changed its content store?). Remove dataStoreFile() from astro.config.mjs until src/integrations/data-store-from-file.ts reads the new form.'`),
    `}`,
    `export default store;`,
  ].join('\n');
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
