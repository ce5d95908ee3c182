/**
 * "On this page": which of a level's headings its contents list links to, and which section the
 * reader is in. Pure, so the level layout (build time) and the scroll-spy (browser) share it.
 */

/** A heading of a level's text, as Astro reports it (`MarkdownHeading`): depth after shifting, id, text. */
export interface HeadingLike {
  depth: number;
  slug: string;
  text: string;
}

/** One link of the contents list, with the sub-sections under it. */
export interface ContentsEntry {
  /** The heading's id, the link's fragment. */
  id: string;
  text: string;
  children: ContentsEntry[];
}

/** A level needs a contents list from this many sections (its h2 and h3 headings) on. */
export const MIN_SECTIONS = 3;

/** The depths the list links to: the body's sections (h2) and their sub-sections (h3). */
const LISTED_DEPTHS = [2, 3];

/**
 * The contents list of a level: its h2 headings with their h3 headings under them, or nothing
 * when the level has fewer than three of them (the seed's levels have none, so their pages stay
 * as they are). An h3 with no h2 before it stands at the top of the list.
 * @example onThisPage([{ depth: 2, slug: 'a', text: 'A' }, { depth: 3, slug: 'b', text: 'B' }, { depth: 2, slug: 'c', text: 'C' }])
 * // [{ id: 'a', text: 'A', children: [{ id: 'b', text: 'B', children: [] }] }, { id: 'c', text: 'C', children: [] }]
 */
export function onThisPage(headings: readonly HeadingLike[], minSections = MIN_SECTIONS): ContentsEntry[] {
  const listed = headings.filter((heading) => LISTED_DEPTHS.includes(heading.depth) && heading.slug !== '');
  if (listed.length < minSections) return [];
  const entries: ContentsEntry[] = [];
  let section: ContentsEntry | undefined;
  for (const heading of listed) {
    const entry: ContentsEntry = { id: heading.slug, text: heading.text.replace(/\s+/g, ' ').trim(), children: [] };
    if (heading.depth === 3 && section) section.children.push(entry);
    else {
      entries.push(entry);
      if (heading.depth === 2) section = entry;
    }
  }
  return entries;
}

/**
 * The section being read: the last heading whose top has passed the reading line (in viewport
 * pixels, e.g. a third of the way down), or -1 while the reader is above the first one.
 * `tops` are the headings' tops in document order.
 * @example currentSection([-400, 120, 900], 200) // 1
 */
export function currentSection(tops: readonly number[], line: number): number {
  let current = -1;
  tops.forEach((top, index) => {
    if (top <= line) current = index;
  });
  return current;
}
