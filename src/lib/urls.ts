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
