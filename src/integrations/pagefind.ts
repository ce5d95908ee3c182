import type { AstroIntegration } from 'astro';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import * as pagefind from 'pagefind';

/** Where the search bundle lands inside the built site; the search UI loads it from `<base>pagefind/`. */
export const PAGEFIND_FOLDER = 'pagefind';

/**
 * The files Pagefind reads: level pages only (`<track>/<level>/index.html`), the one kind of page
 * with text to index. Skipping comparison pages, the home page and the rest halves the work and
 * the memory on a large ladder; pages it does read without `data-pagefind-body` are ignored.
 */
export const INDEXED_PAGES = '*/*/index.html';

/** Throws one error naming the step when Pagefind reports any problem: a half-built index must not ship. */
function failOn(step: string, errors: readonly string[]): void {
  if (errors.length === 0) return;
  throw new Error(`Pagefind could not ${step}:\n  ${errors.join('\n  ')}`);
}

/**
 * Indexes the built site with Pagefind's Node API after every build, so each way of building
 * (`npm run build`, `npm start`, a CI job) ships a search index; a Pagefind error fails the build.
 * Only elements marked `data-pagefind-body` (the level text) are indexed.
 */
export function pagefindIndex(): AstroIntegration {
  return {
    name: 'pagefind-index',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const site = path.resolve(fileURLToPath(dir));
        const outputPath = path.join(site, PAGEFIND_FOLDER);
        const started = performance.now();
        try {
          const { errors: createErrors, index } = await pagefind.createIndex({});
          failOn('start an index', createErrors);
          if (!index) throw new Error('Pagefind could not start an index: it returned none.');
          const { errors: addErrors, page_count } = await index.addDirectory({ path: site, glob: INDEXED_PAGES });
          failOn(`index ${site}`, addErrors);
          const { errors: writeErrors } = await index.writeFiles({ outputPath });
          failOn(`write the index to ${outputPath}`, writeErrors);
          const ms = Math.round(performance.now() - started);
          // page_count is every HTML file read; only level pages have a data-pagefind-body to index.
          logger.info(`Search index written from ${page_count} ${page_count === 1 ? 'page' : 'pages'} in ${ms} ms.`);
        } finally {
          // The Node API runs the Pagefind binary as a child process: stop it even after an error.
          await pagefind.close();
        }
      },
    },
  };
}
