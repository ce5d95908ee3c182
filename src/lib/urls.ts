/**
 * Every address of the site, in one place. `route` gives paths relative to the base path, as
 * ladder.json, the search index and the published-URL record use them; the `…Path` helpers add
 * the build's base path for links in pages. Nothing else assembles an internal URL.
 */

/** The search bundle's folder at the top of the site: Pagefind writes its index and scripts there. */
export const SEARCH_BUNDLE_FOLDER = 'pagefind';

/**
 * Pages the site builds inside every track folder (`/<track>/all/`, …): no level and no alias
 * may take these names. Later pages of a track add their name here.
 */
export const TRACK_PAGE_NAMES = ['all', 'compare', 'matrix', 'history', 'changes', 'reviews'] as const;

/**
 * Names at the top of the site that the site itself uses (pages, files, the search bundle and
 * Astro's assets): no track folder may take them.
 */
export const RESERVED_TOP_LEVEL_NAMES = [
  '_astro',
  SEARCH_BUNDLE_FOLDER,
  'search',
  'ladder',
  'ladder.json',
  'changes',
  'changes.xml',
  'reviews',
  'my-reviews',
  'matrix',
  '404',
  'robots.txt',
  'sitemap-index.xml',
  'sitemap-0.xml',
  'favicon.svg',
] as const;

/** A level's address from its `track/file-name` id, e.g. `web-operations/senior` → `/web-operations/senior/`. */
export const route = {
  home: () => '/',
  search: () => '/search/',
  ladderJson: () => '/ladder.json',
  track: (trackId: string) => `/${trackId}/`,
  level: (levelId: string) => `/${levelId}/`,
  /** The whole track on one page. */
  trackAll: (trackId: string) => `/${trackId}/all/`,
  /** Any two levels of a track, named by `?a=` and `?b=`. */
  compare: (trackId: string, a?: string, b?: string) =>
    `/${trackId}/compare/${a ? `?a=${encodeURIComponent(a)}${b ? `&b=${encodeURIComponent(b)}` : ''}` : ''}`,
  /** The levels' texts the compare page loads in the browser. */
  compareData: (trackId: string) => `/${trackId}/compare/levels.json`,
  /** The static page of one pair, lower level first: `/<track>/compare/junior...senior/`. */
  comparePair: (trackId: string, fromSlug: string, toSlug: string) => `/${trackId}/compare/${fromSlug}...${toSlug}/`,
  /** The competency matrix of a track whose levels share section names. */
  matrix: (trackId: string) => `/${trackId}/matrix/`,
  /** A level's History page: each commit that changed it, with what changed. */
  levelHistory: (levelId: string) => `/${levelId}/history/`,
  /** What changed, across the whole ladder, newest first. */
  changes: () => '/changes/',
  /** The Atom feed of What changed. */
  changesFeed: () => '/changes.xml',
  /** Every level this browser holds self-review marks for (read from localStorage in the browser). */
  myReviews: () => '/my-reviews/',
};


/** Matches the path of a pair's static page, e.g. `/ops/compare/junior...senior/`. */
export const COMPARE_PAIR_PATH = /\/compare\/[^/]+\.\.\.[^/]+\/$/;

/**
 * Joins the site's base path and an internal path. Every internal link goes
 * through here, so the site works at the root and under a base path alike.
 * @example joinBase('/ladder/', '/web-operations/senior/') // '/ladder/web-operations/senior/'
 */
export function joinBase(base: string, path: string): string {
  const prefix = base.endsWith('/') ? base : `${base}/`;
  return prefix + path.replace(/^\/+/, '');
}

/**
 * An internal path under this build's base path.
 * @example withBase('/web-operations/') // '/web-operations/' (or '/ladder/web-operations/')
 */
export function withBase(path: string): string {
  return joinBase(import.meta.env.BASE_URL, path);
}

/** URL of a track's page, e.g. `/web-operations/`. */
export function trackPath(trackId: string): string {
  return withBase(route.track(trackId));
}

/** URL of a level's page, from its `track/level` id, e.g. `/web-operations/senior/`. */
export function levelPath(levelId: string): string {
  return withBase(route.level(levelId));
}

/**
 * The absolute URL of a path on the published site: what goes into canonical links, previews
 * and the clipboard. `path` already carries the base path (from `withBase` and friends).
 * @example joinSite('https://example.com', '/ladder/web-operations/senior/') // 'https://example.com/ladder/web-operations/senior/'
 */
export function joinSite(site: string, path: string): string {
  return new URL(path, site.endsWith('/') ? site : `${site}/`).href;
}

/** The absolute URL of an internal path (with base) on this build's `SITE_URL`. */
export function absoluteUrl(path: string): string {
  return joinSite(import.meta.env.SITE, path);
}
