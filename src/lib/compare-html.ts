import { escapeHtml } from './html.ts';
import { alignSections, type SectionText } from './section-rows.ts';

/** One level as a comparison shows it; also the format of each track's `compare/levels.json`. */
export interface CompareSide {
  /** The level's file name, e.g. `senior`: what `?a=` and `?b=` take. */
  slug: string;
  title: string;
  rank: number;
  /** Its page, with base path. */
  url: string;
  /**
   * Its text split into sections by heading, in reading order (sections.ts, computed at build
   * time so the browser needs no HTML parser), ids scoped to share the page. A level without
   * headings is one untitled section.
   */
  sections: SectionText[];
}

const COLUMNS = ['a', 'b'] as const;

/**
 * Two levels' texts section by section, lined up by section name (sub-sections too; see
 * alignSections): on wide screens one row per section with both levels' text side by side; on
 * phones and paper the section's name, then each level's text under it, labelled with the level's
 * name. A section only one side has says so. Text before the first heading is a row without a
 * title, so a level without headings (the seed) is one row: both whole texts side by side.
 * Used by the static pages of a pair and, in the browser, by the track's compare page.
 */
export function compareHtml(a: CompareSide, b: CompareSide): string {
  const sides = [a, b] as const;
  const head = (side: CompareSide, column: string) =>
    `<h2 class="compare-head compare-${column}"><a href="${escapeHtml(side.url)}">${escapeHtml(side.title)}</a></h2>`;
  const cell = (side: CompareSide, section: SectionText | undefined, column: string) =>
    section === undefined
      ? `<div class="compare-cell compare-${column} compare-missing"><p><span aria-hidden="true">—</span><span class="visually-hidden">Not part of ${escapeHtml(side.title)}</span></p></div>`
      : `<div class="compare-cell compare-${column}"><p class="compare-label">${escapeHtml(side.title)}</p>${section.html}</div>`;
  const rows = alignSections([a.sections, b.sections]).map(({ path, cells }) => {
    const missing = cells.findIndex((section) => section === undefined);
    const only = missing === -1 ? '' : `<p class="compare-only">Only in ${escapeHtml(sides[1 - missing]!.title)}</p>`;
    const depth = Math.min(6, path.length + 1);
    const title = path.length === 0 ? only : `<h${depth} class="compare-section-title">${escapeHtml(path.at(-1)!)}</h${depth}>${only}`;
    const titled = title === '' ? '' : `<div class="compare-section${path.length === 0 ? ' compare-untitled' : ''}">${title}</div>`;
    return `<div class="compare-row">${titled}${COLUMNS.map((column, index) => cell(sides[index]!, cells[index], column)).join('')}</div>`;
  });
  return `<div class="compare-grid"><div class="compare-row compare-heads">${head(a, 'a')}${head(b, 'b')}</div>${rows.join('')}</div>`;
}
