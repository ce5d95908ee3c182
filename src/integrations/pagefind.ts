import type { AstroIntegration } from 'astro';
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import * as pagefind from 'pagefind';
import { hasCode } from '../node/fs-errors.ts';
import { SEARCH_BUNDLE_FOLDER } from '../lib/urls.ts';


/** The marker on the one element of a level page that holds its text: the only text indexed. */
const INDEXED_MARKER = 'data-pagefind-body';

/**
 * How many pages are handed to Pagefind at a time. Enough to keep it busy; few enough that it
 * does not start a thread per file, as its `addDirectory` does (about 500 threads and 35 MB more
 * memory on a 2,000-level ladder).
 */
const PAGES_IN_FLIGHT = 8;

/** A built page that may hold a level's text: its file and its address relative to the base. */
interface CandidatePage {
  file: string;
  url: string;
}

/**
 * The pages that may be level pages: `<track>/<level>/index.html`. The home page and track pages
 * are never read, and comparison pages lack the marker: on a large ladder that halves Pagefind's
 * work and memory.
 */
async function candidatePages(site: string): Promise<CandidatePage[]> {
  const pages: CandidatePage[] = [];
  for (const track of await readdir(site, { withFileTypes: true })) {
    if (!track.isDirectory()) continue;
    for (const level of await readdir(path.join(site, track.name), { withFileTypes: true })) {
      if (level.isDirectory()) pages.push({ file: path.join(site, track.name, level.name, 'index.html'), url: `/${track.name}/${level.name}/` });
    }
  }
  return pages;
}

type PagefindIndex = NonNullable<Awaited<ReturnType<typeof pagefind.createIndex>>['index']>;

/** Hands every candidate page with the text marker to the index, a few at a time; returns how many. */
async function addLevelPages(index: PagefindIndex, pages: readonly CandidatePage[]): Promise<number> {
  let next = 0;
  let added = 0;
  // After one failure the others stop too: the build fails and closes Pagefind, which must not
  // then be sent more pages.
  let failed = false;
  const addUntilDone = async () => {
    while (!failed && next < pages.length) {
      const page = pages[next++]!;
      // A folder without an index.html (an asset folder) simply is not a page.
      const content = await readFile(page.file, 'utf8').catch((error: unknown) => {
        if (hasCode(error, 'ENOENT')) return '';
        throw error;
      });
      if (failed) return;
      if (!content.includes(INDEXED_MARKER)) continue;
      const { errors } = await index.addHTMLFile({ url: page.url, content });
      failed ||= errors.length > 0;
      failOn(`index ${page.file}`, errors);
      added++;
    }
  };
  // Every worker has stopped before this returns or throws, so Pagefind is closed only after the
  // last page it was sent has come back.
  const outcomes = await Promise.allSettled(Array.from({ length: PAGES_IN_FLIGHT }, addUntilDone));
  const failure = outcomes.find((outcome) => outcome.status === 'rejected');
  if (failure) throw failure.reason;
  return added;
}

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
        const outputPath = path.join(site, SEARCH_BUNDLE_FOLDER);
        const started = performance.now();
        try {
          const { errors: createErrors, index } = await pagefind.createIndex({});
          failOn('start an index', createErrors);
          if (!index) throw new Error('Pagefind could not start an index: it returned none.');
          const pageCount = await addLevelPages(index, await candidatePages(site));
          const { errors: writeErrors } = await index.writeFiles({ outputPath });
          failOn(`write the index to ${outputPath}`, writeErrors);
          const ms = Math.round(performance.now() - started);
          logger.info(`Search index written from ${pageCount} ${pageCount === 1 ? 'page' : 'pages'} in ${ms} ms.`);
        } finally {
          // The Node API runs the Pagefind binary as a child process: stop it even after an error.
          await pagefind.close();
        }
      },
    },
  };
}
