/**
 * The site's settings, declared once: read from the environment, checked, and typed. The Astro
 * config, the content collections, the integrations and the pages all take them from here (Astro's
 * `astro:env` cannot be used in the config or in integrations), so no other module reads
 * `process.env` for them.
 */

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
  /** The branch "Edit this level" opens (`SOURCE_BRANCH`, default `main`); set with `sourceUrl` only. */
  sourceBranch?: string;
}

/**
 * A setting that cannot be used, with the variable's name, what is wrong and how to fix it. Its
 * message is the whole story: it carries no stack trace into this module.
 */
export class SettingError extends Error {
  readonly variable: string;
  constructor(variable: string, problem: string, fix: string) {
    super(`${variable}: ${problem}\n  How to fix: ${fix}`);
    this.name = 'SettingError';
    this.variable = variable;
    this.stack = '';
  }
}

/**
 * Reads `SITE_URL`, `BASE_PATH`, `LADDER_CONTENT_DIR`, `SOURCE_URL` and `SOURCE_BRANCH`, with defaults. Throws a
 * `SettingError` naming the variable when one cannot be used, so the build stops before it starts.
 * @example readSiteConfig({ BASE_PATH: 'ladder' }).base // '/ladder/'
 */
export function readSiteConfig(env: Record<string, string | undefined>): SiteConfig {
  const sourceUrl = env.SOURCE_URL?.trim();
  return {
    site: siteUrl(env.SITE_URL),
    base: normaliseBase(env.BASE_PATH),
    contentDir: env.LADDER_CONTENT_DIR?.trim() || 'content',
    ...(sourceUrl
      ? { sourceUrl: httpUrl('SOURCE_URL', sourceUrl, 'SOURCE_URL=https://github.com/org/ladder'), sourceBranch: env.SOURCE_BRANCH?.trim() || 'main' }
      : {}),
  };
}

/**
 * Whether `SITE_URL` is set. Without it the site is built for `http://localhost:4321`: printed
 * pages then show no address, and a production build warns (src/integrations/ladder-content.ts).
 * @example siteUrlIsSet({ SITE_URL: 'https://ladder.example.com' }) // true
 */
export function siteUrlIsSet(env: Record<string, string | undefined> = process.env): boolean {
  return Boolean(env.SITE_URL?.trim());
}

/** The one line a production build prints when `SITE_URL` is not set. */
export const MISSING_SITE_URL_WARNING =
  'SITE_URL is not set, so the site does not know its published address: pages carry no canonical URLs or link previews, the sitemap, ' +
  'robots.txt and ladder.json point at http://localhost:4321, copied links give the address a page was opened at, and printed pages show none. ' +
  'Set it to where the site will be published, e.g. SITE_URL=https://ladder.example.com npm run build (see Configuration in the README).';

let settings: SiteConfig | undefined;

/** This build's settings, read from `process.env` once. */
export function siteConfig(): SiteConfig {
  settings ??= readSiteConfig(process.env);
  return settings;
}

/** The build time astro.config.mjs hands to the pages' copy of this module (Vite `define`). */
declare const __LADDER_BUILD_TIME__: string | undefined;

/**
 * When this build started: the one time the footer, the printed pages and ladder.json show.
 * Taken when the Astro config loads this module, and handed from there to the pages' bundle as
 * `__LADDER_BUILD_TIME__` (see `buildTimeDefine`), so every page of a build shows the same time.
 */
export const BUILD_TIME: Date = new Date(typeof __LADDER_BUILD_TIME__ === 'string' ? __LADDER_BUILD_TIME__ : Date.now());

/** The Vite `define` that gives the pages this build's `BUILD_TIME`. */
export function buildTimeDefine(): Record<string, string> {
  return { __LADDER_BUILD_TIME__: JSON.stringify(BUILD_TIME.toISOString()) };
}

/**
 * `SITE_URL`: an absolute http(s) address with no path (the path is `BASE_PATH`).
 * @example siteUrl(' https://ladder.example.com/ ') // 'https://ladder.example.com'
 */
function siteUrl(raw: string | undefined): string {
  const value = raw?.trim();
  if (!value) return 'http://localhost:4321';
  const url = new URL(httpUrl('SITE_URL', value, 'SITE_URL=https://ladder.example.com'));
  if (url.pathname !== '/' || url.search || url.hash) {
    throw new SettingError(
      'SITE_URL',
      `"${value}" has a path, query or fragment; SITE_URL is only the address of the host.`,
      `Put the path in BASE_PATH instead: SITE_URL=${url.origin} BASE_PATH=${url.pathname.replace(/\/?$/, '/')}`,
    );
  }
  return url.origin;
}

/** An absolute http or https address, as written (trimmed); anything else names the variable. */
function httpUrl(variable: string, value: string, example: string): string {
  let url: URL | undefined;
  try {
    url = new URL(value);
  } catch {
    url = undefined;
  }
  if (!url || (url.protocol !== 'http:' && url.protocol !== 'https:') || !url.hostname) {
    throw new SettingError(
      variable,
      `"${value}" is not an absolute http:// or https:// address.`,
      `Write the whole address, with its scheme: ${example}`,
    );
  }
  return value;
}

/** What one part of a base path may hold: the characters a URL path keeps as they are. */
const BASE_SEGMENT = /^[A-Za-z0-9._~-]+$/;

/**
 * Gives a base path one leading and one trailing slash; refuses (naming `BASE_PATH`) one with
 * spaces or characters a URL path would have to escape.
 * @example normaliseBase('ladder') // '/ladder/'
 * @example normaliseBase('/careers/ladder') // '/careers/ladder/'
 */
export function normaliseBase(raw: string | undefined): string {
  const value = (raw ?? '').trim();
  const segments = value.split('/').filter(Boolean);
  const bad = segments.find((segment) => !BASE_SEGMENT.test(segment) || segment === '.' || segment === '..');
  if (bad !== undefined) {
    throw new SettingError(
      'BASE_PATH',
      `"${value}" is not a path the site can live under: ${bad === value ? 'it has' : `"${bad}" has`} spaces or characters a URL would have to escape.`,
      'Use letters, digits, dashes, dots and underscores between slashes, e.g. BASE_PATH=/ladder/ (or leave it unset for the root).',
    );
  }
  return segments.length > 0 ? `/${segments.join('/')}/` : '/';
}
