import type { Plugin } from 'vite';

/** The module of Astro's that writes the tag of every script it bundles. */
const ASTRO_SCRIPT_RENDERER = /[\\/]astro[\\/]dist[\\/]runtime[\\/]server[\\/]render[\\/]script\.js$/;
const ASTRO_MODULE_SCRIPT = '<script type="module" src=';
const LOW_PRIORITY_MODULE_SCRIPT = '<script type="module" fetchpriority="low" src=';

/**
 * Every script Astro bundles asks for low fetch priority (`fetchpriority="low"`).
 *
 * Chrome fetches module scripts at high priority, as if the page could not be shown without them,
 * and on a slow connection they share it with the stylesheet the first paint waits for (Lighthouse
 * counts them as render-blocking: about 150 ms of a phone's first contentful paint). None of this
 * site's scripts is needed to show a page: they add search, copy-link, the review mode, the
 * scroll-spy, and the page reads the same without them.
 *
 * Astro offers no way to add an attribute to the tag it writes (any attribute turns a `<script>`
 * into an unbundled inline one), so the one line of Astro's that writes it is amended as the
 * pages are bundled: nothing is done per page. If Astro writes the tag differently one day, the
 * build fails here rather than the pages quietly losing the attribute.
 */
export function lowPriorityScripts(): Plugin {
  return {
    name: 'ladder:low-priority-scripts',
    transform(code, id) {
      if (!ASTRO_SCRIPT_RENDERER.test(id)) return undefined;
      if (!code.includes(ASTRO_MODULE_SCRIPT)) {
        throw new Error(
          `Astro no longer writes its scripts as ${ASTRO_MODULE_SCRIPT}"…"> (${id}): update src/node/low-priority-scripts.ts so that they still ask for low fetch priority.`,
        );
      }
      return { code: code.replaceAll(ASTRO_MODULE_SCRIPT, LOW_PRIORITY_MODULE_SCRIPT), map: null };
    },
  };
}
