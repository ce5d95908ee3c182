// Loads Pagefind's search bundle from the built site, once, and asks it questions.
import { SEARCH_BUNDLE_FOLDER, withBase } from '../lib/urls.ts';
import { compareHits, pagefindQuery, shapeQuery, suggestedQueries, toHit, type PagefindResultData, type SearchHit } from '../lib/search-results.ts';
import { COMPOUNDS_FILE, VOCABULARY_FILE, type CompoundList, type Vocabulary } from '../lib/search-words.ts';

/** Filter values the user picked, by filter name (`track`, `level`); empty ones are left out. */
export type SearchFilters = Record<string, string>;

/** Counts per value of each filter, as Pagefind reports them. */
export type FilterCounts = Record<string, Record<string, number>>;

interface PagefindSearch {
  results: { data(): Promise<PagefindResultData> }[];
}

interface Pagefind {
  options(options: Record<string, unknown>): Promise<void>;
  init(): Promise<void>;
  filters(): Promise<FilterCounts>;
  search(query: string, options: { filters?: SearchFilters }): Promise<PagefindSearch>;
}

/** Thrown in `astro dev`, where no index exists: the UI says to use the built site instead. */
export class SearchUnavailableError extends Error {}

/** Results shown at first, and added by each "Show more results". */
const PAGE_SIZE = 10;
let loading: Promise<Pagefind> | undefined;

/** The bundle folder under this build's base path, e.g. `/ladder/pagefind/`. */
function bundlePath(): string {
  return withBase(`/${SEARCH_BUNDLE_FOLDER}/`);
}

/** Pagefind, loaded and configured on first use; later calls share the same instance. */
export function loadPagefind(): Promise<Pagefind> {
  loading ??= (async () => {
    if (import.meta.env.DEV) throw new SearchUnavailableError('Search works in the built site: run `npm start`.');
    const pagefind = (await import(/* @vite-ignore */ `${bundlePath()}pagefind.js`)) as Pagefind;
    // Pagefind's result URLs are relative to the site's root: prefix the base path. The words to
    // highlight are added by toHit: the ones that really matched.
    await pagefind.options({ baseUrl: import.meta.env.BASE_URL, excerptLength: 24 });
    await pagefind.init();
    return pagefind;
  })();
  // A failed load (offline, say) may succeed on the next try.
  loading.catch(() => (loading = undefined));
  return loading;
}

/** A small JSON file of the bundle (search-words.ts), fetched once; `fallback` when it cannot be. */
function bundleFile<T>(name: string, fallback: T): () => Promise<T> {
  let file: Promise<T> | undefined;
  return () => {
    file ??= fetch(`${bundlePath()}${name}`)
      .then((response) => (response.ok ? (response.json() as Promise<T>) : fallback))
      .catch(() => fallback);
    return file;
  };
}

/** The ladder's compounds, for a query of two words or more (its only use). */
const loadCompounds = bundleFile<CompoundList>(COMPOUNDS_FILE, {});
/** The ladder's vocabulary, for a query that found nothing (its only use). */
export const loadVocabulary = bundleFile<Vocabulary>(VOCABULARY_FILE, { words: [], counts: [] });

/** A query's answer: the first results at once, the rest a page at a time. */
export interface SearchAnswer {
  /** The words searched, as shaped from the query (`shapeQuery`): "on-call" for "on call". */
  query: string;
  /** Typed words left out of the search, such as "who" and "owns" in "who owns mentoring?". */
  ignored: string[];
  hits: SearchHit[];
  /** How many levels matched in all (less the prefix fallbacks dropped so far). */
  total: number;
  /** Queries to try instead ("mentor" for "mentro"), when this one found nothing. */
  suggestions: string[];
  /** The next page of results, also counted in `hits`; empty when all are shown. */
  more(): Promise<SearchHit[]>;
}

/**
 * Runs a query and loads its first page of results, or returns null when `wanted()` says a newer
 * query overtook it: then its results' excerpts are not even fetched. The query is shaped first
 * (`shapeQuery`: compounds, question words). No debounce: Pagefind answers in milliseconds, and
 * waiting would only add delay.
 */
export async function search(query: string, filters: SearchFilters, wanted: () => boolean = () => true): Promise<SearchAnswer | null> {
  // Only a query of several words can spell a compound with spaces ("on call").
  const severalWords = query.trim().split(/\s+/).length > 1;
  const [pagefind, compounds] = await Promise.all([loadPagefind(), severalWords ? loadCompounds() : {}]);
  const shaped = shapeQuery(query, compounds);
  const found = await pagefind.search(pagefindQuery(shaped), { filters });
  if (!wanted()) return null;
  let loaded = 0;
  const answer: SearchAnswer = {
    query: shaped.terms.join(' '),
    ignored: shaped.ignored,
    hits: [],
    total: found.results.length,
    suggestions: [],
    more: async () => {
      const page = found.results.slice(loaded, loaded + PAGE_SIZE);
      loaded += page.length;
      const data = await Promise.all(page.map((result) => result.data()));
      // Within each page of results, the levels with the best single place come first.
      const hits = data.flatMap((result) => toHit(result, shaped.terms) ?? []).sort(compareHits);
      answer.total -= page.length - hits.length;
      answer.hits.push(...hits);
      return hits;
    },
  };
  // Pagefind ranks real matches first: a first page that is all prefix fallbacks means none.
  if ((await answer.more()).length === 0) {
    answer.total = 0;
    // Nothing found: offer the closest words the ladder does use.
    answer.suggestions = suggestedQueries(shaped, await loadVocabulary());
  }
  return answer;
}

/** Every filter value with its page count, for the filter menus. */
export async function filterCounts(): Promise<FilterCounts> {
  return (await loadPagefind()).filters();
}
