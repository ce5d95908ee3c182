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
  return withBase(`/${trackId}/`);
}

/** URL of a level's page, from its `track/level` id, e.g. `/web-operations/senior/`. */
export function levelPath(levelId: string): string {
  return withBase(`/${levelId}/`);
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
