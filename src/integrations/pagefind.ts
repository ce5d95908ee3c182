import type { AstroIntegration } from 'astro';
import { readFileSync } from 'node:fs';
import { mkdir, readdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import * as pagefind from 'pagefind';
import { releaseBuildMemos } from '../collections/build-memos.ts';
import { hasCode } from '../node/fs-errors.ts';
import { SEARCH_BUNDLE_FOLDER } from '../lib/urls.ts';
import {
  collectWords,
  compoundJoiner,
  compoundList,
  COMPOUNDS_FILE,
  indexedText,
  VOCABULARY_FILE,
  vocabularyOf,
  type CompoundJoiner,
} from '../lib/search-words.ts';


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

/**
 * A level page's HTML, or undefined for a candidate that is no level page. Read synchronously:
 * nothing else runs while the build ends, and one call per page instead of three trips through
 * Node's thread pool (open, read, close) reads a 2,000-level ladder's pages in a fraction of the
 * time (each is read twice).
 */
function levelHtml(page: CandidatePage): string | undefined {
  let content: string;
  try {
    content = readFileSync(page.file, 'utf8');
  } catch (error) {
    // A folder without an index.html (an asset folder) simply is not a page.
    if (hasCode(error, 'ENOENT')) return undefined;
    throw error;
  }
  return content.includes(INDEXED_MARKER) ? content : undefined;
}

/**
 * Runs `work` on every page, a few at a time. After one failure the others stop too: the build
 * fails and closes Pagefind, which must not then be sent more pages (`stopped` says so to a page
 * still being read).
 */
async function forEachPage(pages: readonly CandidatePage[], work: (page: CandidatePage, stopped: () => boolean) => Promise<void>): Promise<void> {
  let next = 0;
  let failed = false;
  const untilDone = async () => {
    while (!failed && next < pages.length) {
      try {
        await work(pages[next++]!, () => failed);
      } catch (error) {
        failed = true;
        throw error;
      }
    }
  };
  // Every worker has stopped before this returns or throws, so Pagefind is closed only after the
  // last page it was sent has come back.
  const outcomes = await Promise.allSettled(Array.from({ length: PAGES_IN_FLIGHT }, untilDone));
  const failure = outcomes.find((outcome) => outcome.status === 'rejected');
  if (failure) throw failure.reason;
}

/** What the search learns from the ladder's text before indexing it (see src/lib/search-words.ts). */
interface LadderWords {
  words: Map<string, number>;
  compounds: Map<string, Map<string, number>>;
}

/** Reads every level page's indexed text once: its words and its hyphenated compounds. */
function ladderWords(pages: readonly CandidatePage[]): LadderWords {
  const found: LadderWords = { words: new Map(), compounds: new Map() };
  for (const page of pages) {
    const html = levelHtml(page);
    if (html) collectWords(indexedText(html), found.words, found.compounds);
  }
  return found;
}

/**
 * Hands every level page to the index, a few at a time, its compounds written with spaces joined
 * (`compoundJoiner`); returns how many.
 */
async function addLevelPages(index: PagefindIndex, pages: readonly CandidatePage[], joinCompounds: CompoundJoiner): Promise<number> {
  let added = 0;
  await forEachPage(pages, async (page, stopped) => {
    const content = levelHtml(page);
    if (stopped() || content === undefined) return;
    const { errors } = await index.addHTMLFile({ url: page.url, content: joinCompounds(content) });
    failOn(`index ${page.file}`, errors);
    added++;
  });
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
 * Only elements marked `data-pagefind-body` (the level text) are indexed. The level text is read
 * twice: once for its words and hyphenated compounds (src/lib/search-words.ts), then to index it
 * with those compounds also joined where the text writes them with spaces.
 */
export function pagefindIndex(): AstroIntegration {
  return {
    name: 'pagefind-index',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const site = path.resolve(fileURLToPath(dir));
        const outputPath = path.join(site, SEARCH_BUNDLE_FOLDER);
        const started = performance.now();
        // The pages are written: what they kept in memory goes before Pagefind needs its own.
        releaseBuildMemos();
        try {
          const { errors: createErrors, index } = await pagefind.createIndex({});
          failOn('start an index', createErrors);
          if (!index) throw new Error('Pagefind could not start an index: it returned none.');
          const pages = await candidatePages(site);
          const { words, compounds } = ladderWords(pages);
          const compoundsFound = compoundList(compounds);
          const pageCount = await addLevelPages(index, pages, compoundJoiner(compoundsFound));
          const { errors: writeErrors } = await index.writeFiles({ outputPath });
          failOn(`write the index to ${outputPath}`, writeErrors);
          // Beside the index, for the browser: the compounds (read for a query of several
          // words) and the vocabulary (read only when a query finds nothing).
          await mkdir(outputPath, { recursive: true });
          await writeFile(path.join(outputPath, COMPOUNDS_FILE), JSON.stringify(compoundsFound));
          await writeFile(path.join(outputPath, VOCABULARY_FILE), JSON.stringify(vocabularyOf(words)));
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
