import type { AstroIntegration, AstroPrerenderer, RouteData } from 'astro';
import { mkdir, readdir, readFile, rm, utimes, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { gunzipSync } from 'node:zlib';
import * as pagefind from 'pagefind';
import { releaseBuildMemos } from '../collections/build-memos.ts';
import { hasCode } from '../node/fs-errors.ts';
import { ENTRY_FILE, indexFilesOf, metaFilesOf, type PagefindEntry } from '../lib/pagefind-files.ts';
import { joinBase, SEARCH_BUNDLE_FOLDER } from '../lib/urls.ts';
import { collectWords, compoundJoiner, compoundList, COMPOUNDS_FILE, indexedText, VOCABULARY_FILE, vocabularyOf, type CompoundList } from '../lib/search-words.ts';

/** The marker on the one element of a level page that holds its text: the only text indexed. */
const INDEXED_MARKER = 'data-pagefind-body';

/**
 * The route of the level pages, the only pages indexed: the home page, track pages and comparison
 * pages are never handed to Pagefind (on a large ladder that halves its work and memory).
 */
export const LEVEL_ROUTE = 'src/pages/[track]/[level].astro';

/**
 * How many pages are handed to Pagefind at a time. Enough to keep it busy; few enough that it
 * does not start a thread per file, as its `addDirectory` does (about 500 threads and 35 MB more
 * memory on a 2,000-level ladder).
 */
const PAGES_IN_FLIGHT = 8;

const isLevelRoute = (route: RouteData) => route.component === LEVEL_ROUTE;

type PagefindIndex = NonNullable<Awaited<ReturnType<typeof pagefind.createIndex>>['index']>;

/** A rendered level page: its address relative to the base, and its HTML as UTF-8 (half a string's memory). */
interface LevelPage {
  url: string;
  html: Buffer;
}

/** Throws one error naming the step when Pagefind reports any problem: a half-built index must not ship. */
function failOn(step: string, errors: readonly string[]): void {
  if (errors.length === 0) return;
  throw new Error(`Pagefind could not ${step}:\n  ${errors.join('\n  ')}`);
}

/**
 * Runs `work` on every page, a few at a time, taking each page out of the list as it goes (its
 * memory is free once sent). After one failure the others stop too: the build fails and closes
 * Pagefind, which must not then be sent more pages.
 */
async function sendEach(pages: LevelPage[], work: (page: LevelPage) => Promise<void>): Promise<void> {
  let failed = false;
  const untilDone = async () => {
    for (let page = pages.shift(); page && !failed; page = pages.shift()) {
      try {
        await work(page);
      } catch (error) {
        failed = true;
        throw error;
      }
    }
  };
  // Every sender has stopped before this returns or throws, so Pagefind is closed only after the
  // last page it was sent has come back.
  const outcomes = await Promise.allSettled(Array.from({ length: PAGES_IN_FLIGHT }, untilDone));
  const failure = outcomes.find((outcome) => outcome.status === 'rejected');
  if (failure) throw failure.reason;
}

/**
 * The address Pagefind gives a page, from its path under the base: with slashes at both ends, as
 * the search turns it into a link under the base path.
 * @example pageUrl('web-operations/senior') // '/web-operations/senior/'
 */
function pageUrl(pathname: string): string {
  const trimmed = pathname.replace(/^\/+|\/+$/g, '');
  return trimmed === '' ? '/' : `/${trimmed}/`;
}

/**
 * Indexes the level pages as they are rendered. Their words and hyphenated compounds
 * (src/lib/search-words.ts) are collected from every level page first, since each page is indexed
 * with the compounds of the whole ladder joined where its text writes them with spaces; so the
 * level pages are rendered before the others, and once the last is in, Pagefind indexes them
 * while the other pages render (on a second core: Pagefind is a program of its own).
 */
class LevelIndexer {
  private readonly words = new Map<string, number>();
  private readonly compounds = new Map<string, Map<string, number>>();
  /** Level pages waiting to be handed to Pagefind. */
  private readonly pages: LevelPage[] = [];
  private levelsExpected = 0;
  private levelsRendered = 0;
  /** Once started: how many pages Pagefind indexed, or why it could not. */
  private indexing: Promise<number> | undefined;
  private index: PagefindIndex | undefined;
  private compoundsFound: CompoundList = {};

  /** `base`: the site's base path, with a slash at the end. */
  constructor(private readonly base: string) {}

  /** The prerenderer Astro renders pages with: its own, level pages first, each level page kept here. */
  prerenderer(astros: AstroPrerenderer): AstroPrerenderer {
    return {
      ...astros,
      name: 'ladder:level-pages-first',
      getStaticPaths: async () => {
        const paths = await astros.getStaticPaths();
        const levels = paths.filter(({ route }) => isLevelRoute(route));
        this.levelsExpected = levels.length;
        return [...levels, ...paths.filter(({ route }) => !isLevelRoute(route))];
      },
      render: async (request, options) => {
        const rendered = await astros.render(request, options);
        if (!isLevelRoute(options.routeData)) return rendered;
        const { response, ...rest } = rendered instanceof Response ? { response: rendered } : rendered;
        const html = Buffer.from(await response.arrayBuffer());
        this.levelRendered(response.ok ? { url: pageUrl(decodeURIComponent(new URL(request.url).pathname).slice(this.base.length)), html } : undefined);
        const copy = new Response(html, { status: response.status, statusText: response.statusText, headers: response.headers });
        return rendered instanceof Response ? copy : { ...rest, response: copy };
      },
    };
  }

  /** Keeps a rendered level page (none when it did not render as a page) and counts it. */
  private levelRendered(page: LevelPage | undefined): void {
    const text = page?.html.toString('utf8');
    if (page && text?.includes(INDEXED_MARKER)) {
      collectWords(indexedText(text), this.words, this.compounds);
      this.pages.push(page);
    }
    if (++this.levelsRendered === this.levelsExpected) this.startIndexing();
  }

  /** Starts handing the level pages to Pagefind; what it found in their text goes beside the index. */
  private startIndexing(): void {
    if (this.indexing) return;
    this.compoundsFound = compoundList(this.compounds);
    const joinCompounds = compoundJoiner(this.compoundsFound);
    this.indexing = (async () => {
      const { errors, index } = await pagefind.createIndex({});
      failOn('start an index', errors);
      if (!index) throw new Error('Pagefind could not start an index: it returned none.');
      this.index = index;
      let added = 0;
      await sendEach(this.pages, async (page) => {
        const { errors: pageErrors } = await index.addHTMLFile({ url: page.url, content: joinCompounds(page.html.toString('utf8')) });
        failOn(`index ${page.url}`, pageErrors);
        added++;
      });
      return added;
    })();
    // Awaited when the build is done; until then a failure must not end the process unreported.
    this.indexing.catch(() => {});
  }

  /** Waits for every level page to be indexed, then writes the index and the word files into `outputPath`. */
  async finish(outputPath: string): Promise<number> {
    this.startIndexing();
    const pageCount = await this.indexing!;
    // The pages are written: what they kept in memory goes before Pagefind needs its own.
    releaseBuildMemos();
    const writing = this.index!.writeFiles({ outputPath });
    // While Pagefind writes (its memory peaks then), that memory is collected: `npm run build`
    // starts Node with --expose-gc for this one call; without it V8 collects when it sees fit.
    (globalThis as { gc?: () => void }).gc?.();
    const { errors } = await writing;
    failOn(`write the index to ${outputPath}`, errors);
    await keepOnlyIndexFiles(outputPath);
    // Beside the index, for the browser: the compounds (read for a query of several words) and
    // the vocabulary (read only when a query finds nothing).
    await mkdir(outputPath, { recursive: true });
    await writeFile(path.join(outputPath, COMPOUNDS_FILE), JSON.stringify(this.compoundsFound));
    await writeFile(path.join(outputPath, VOCABULARY_FILE), JSON.stringify(vocabularyOf(this.words)));
    return pageCount;
  }
}

/** The files of an index folder Pagefind names by a hash of their content. */
const HASHED_FILE = /\.pf_(meta|fragment|index|filter)$/;

/**
 * Pagefind does not write a fragment, word-index chunk or filter file that is already there (its
 * name is a hash of its content): a rebuild over the previous output (src/integrations/build-guard.ts)
 * reuses every page's fragment that did not change, a second less on a 2,000-level ladder. So the
 * previous index's files that the new one does not name are deleted here, and those it names are
 * marked as written by this build, which the build guard's clean-up goes by.
 */
async function keepOnlyIndexFiles(folder: string): Promise<void> {
  const entry = JSON.parse(await readFile(path.join(folder, ENTRY_FILE), 'utf8')) as PagefindEntry;
  const named = new Set<string>();
  for (const meta of metaFilesOf(entry)) {
    named.add(meta);
    for (const file of indexFilesOf(gunzipSync(await readFile(path.join(folder, meta))))) named.add(file);
  }
  const now = new Date();
  const work: Promise<void>[] = [];
  for (const sub of ['', 'fragment', 'index', 'filter']) {
    const names = await readdir(path.join(folder, sub)).catch((error: unknown) => {
      // A language with no filters, say, has no folder for them.
      if (hasCode(error, 'ENOENT')) return [];
      throw error;
    });
    for (const name of names) {
      if (!HASHED_FILE.test(name)) continue;
      const relative = sub === '' ? name : `${sub}/${name}`;
      const file = path.join(folder, relative);
      work.push(named.has(relative) ? utimes(file, now, now) : rm(file));
    }
  }
  await Promise.all(work);
}

/**
 * Indexes the level pages with Pagefind's Node API in every build, so each way of building
 * (`npm run build`, `npm start`, a CI job) ships a search index; a Pagefind error fails the build.
 * Only elements marked `data-pagefind-body` (the level text) are indexed, with the ladder's
 * hyphenated compounds also joined where the text writes them with spaces (see LevelIndexer).
 */
export function pagefindIndex(): AstroIntegration {
  let indexer: LevelIndexer | undefined;
  let base = '/';
  return {
    name: 'pagefind-index',
    hooks: {
      'astro:config:done': ({ config }) => {
        base = joinBase(config.base, '');
      },
      'astro:build:start': ({ setPrerenderer }) => {
        const current = new LevelIndexer(base);
        indexer = current;
        setPrerenderer((astros) => current.prerenderer(astros));
      },
      'astro:build:done': async ({ dir, logger }) => {
        const started = performance.now();
        try {
          if (!indexer) throw new Error('The search index integration did not see the build start.');
          const pageCount = await indexer.finish(path.join(path.resolve(fileURLToPath(dir)), SEARCH_BUNDLE_FOLDER));
          const ms = Math.round(performance.now() - started);
          logger.info(`Search index written from ${pageCount} ${pageCount === 1 ? 'page' : 'pages'} in ${ms} ms after the last page.`);
        } finally {
          // The Node API runs the Pagefind binary as a child process: stop it even after an error.
          await pagefind.close();
        }
      },
    },
  };
}
