/** Settings read from the environment when the site is built. */
export interface SiteConfig {
  /** Absolute origin the site is published at, used for canonical and shareable links. */
  site: string;
  /** Path the site lives under, always with leading and trailing slash, e.g. `/ladder/`. */
  base: string;
  /** Folder holding the ladder's Markdown, relative to the project root. */
  contentDir: string;
  /** Where the site's source lives (linked from the footer); none when `SOURCE_URL` is unset. */
  sourceUrl?: string;
}

/**
 * Reads `SITE_URL`, `BASE_PATH`, `LADDER_CONTENT_DIR` and `SOURCE_URL`, with defaults.
 * @example readSiteConfig({ BASE_PATH: 'ladder' }).base // '/ladder/'
 */
export function readSiteConfig(env: Record<string, string | undefined>): SiteConfig {
  return {
    site: env.SITE_URL?.trim() || 'http://localhost:4321',
    base: normaliseBase(env.BASE_PATH),
    contentDir: env.LADDER_CONTENT_DIR?.trim() || 'content',
    ...(env.SOURCE_URL?.trim() ? { sourceUrl: env.SOURCE_URL.trim() } : {}),
  };
}

/**
 * Gives a base path one leading and one trailing slash.
 * @example normaliseBase('ladder') // '/ladder/'
 */
export function normaliseBase(raw: string | undefined): string {
  const trimmed = (raw ?? '').trim().replace(/^\/+|\/+$/g, '');
  return trimmed ? `/${trimmed}/` : '/';
}
