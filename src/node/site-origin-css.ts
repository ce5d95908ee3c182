import type { Plugin } from 'vite';

const ID = 'virtual:site-origin.css';
const RESOLVED = `\0${ID}`;

/**
 * The site's published origin as a CSS variable, `--site-origin`, in the one site-wide stylesheet:
 * printed pages write it before the path of every link within the site, so a link on paper reads
 * `https://ladder.example.com/web-operations/lead/`, not `/web-operations/lead/`. Without
 * SITE_URL the variable is not defined, and those links print no address (never a localhost one).
 * A variable in the stylesheet rather than absolute addresses in every link: the pages stay small
 * and preview hosts keep working links.
 */
export function siteOriginCss(origin: string | undefined): Plugin {
  return {
    name: 'ladder:site-origin-css',
    resolveId: (id) => (id === ID ? RESOLVED : undefined),
    load: (id) => (id === RESOLVED ? (origin ? `:root{--site-origin:${JSON.stringify(origin)}}` : '/* SITE_URL is not set. */') : undefined),
  };
}
