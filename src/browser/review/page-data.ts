// What the review needs to know about the level page it runs on, read from the page itself: the
// level, its title and address, and its expectations with their ids, text hashes (data-h, written
// at build time), sections and text.
import type { Expectation } from '../../lib/review/model.ts';
import { normaliseText } from '../../lib/review/text-hash.ts';
import { ownTextOf, pageUrl } from '../page-reading.ts';

export interface PageExpectation extends Expectation {
  element: HTMLElement;
  /** Its absolute permalink. */
  url: string;
}

export interface LevelPage {
  /** The site's base path, e.g. `/` or `/ladder/`. */
  base: string;
  /** The level's `track/file-name` id. */
  level: string;
  title: string;
  /** The level's absolute address: SITE_URL and the base path when the page has a canonical link. */
  url: string;
  expectations: PageExpectation[];
}

/**
 * The site's base path: this module is served from `<base>_astro/`, so its parent folder is the
 * base, whatever the build's BASE_PATH was.
 */
export function basePath(): string {
  return new URL('../', import.meta.url).pathname;
}

/** Reads the level page, or undefined on any other page. */
export function readLevelPage(): LevelPage | undefined {
  const text = document.querySelector<HTMLElement>('.level-text');
  const title = document.querySelector('#level-title')?.textContent?.trim();
  if (!text || !title) return undefined;
  const base = basePath();
  const url = pageUrl();
  const path = location.pathname.startsWith(base) ? location.pathname.slice(base.length) : location.pathname;
  // `/ops/senior/index.html` is the same level as `/ops/senior/` (some static hosts show both).
  const level = decodeURIComponent(path).replace(/(^|\/)index\.html$/, '').replace(/^\/+|\/+$/g, '');
  // Headings give the sections (by depth, "Delivery › Incidents"); paragraphs and bullets with a
  // text hash are what a review marks.
  const trail: string[] = [];
  const expectations: PageExpectation[] = [];
  for (const element of text.querySelectorAll<HTMLElement>('h2[id], h3[id], h4[id], h5[id], [data-h][id]')) {
    const heading = /^H(\d)$/.exec(element.tagName);
    if (heading) {
      const depth = Number(heading[1]) - 2;
      trail.length = depth;
      trail[depth] = normaliseText(element.textContent ?? '');
      continue;
    }
    expectations.push({
      id: element.id,
      hash: element.dataset.h!,
      section: trail.filter(Boolean).join(' › '),
      text: normaliseText(ownTextOf(element)),
      element,
      url: new URL(`#${element.id}`, url).href,
    });
  }
  return { base, level, title, url, expectations };
}
