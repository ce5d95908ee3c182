import { escapeHtml } from './html.ts';

/** One level as a comparison shows it; also the format of each track's `compare/levels.json`. */
export interface CompareSide {
  /** The level's file name, e.g. `senior`: what `?a=` and `?b=` take. */
  slug: string;
  title: string;
  rank: number;
  /** Its page, with base path. */
  url: string;
  /** Its text, split into top-level blocks (paragraphs, lists, …) of HTML. */
  blocks: string[];
}

/**
 * Two levels' texts block by block: side by side on wide screens, interleaved on narrow ones,
 * where each block carries the name of its level. Used by the static pages of a pair and, in
 * the browser, by the track's compare page, so both look and read the same.
 */
export function compareHtml(a: CompareSide, b: CompareSide): string {
  const head = (side: CompareSide, column: string) =>
    `<h2 class="compare-head compare-${column}"><a href="${escapeHtml(side.url)}">${escapeHtml(side.title)}</a></h2>`;
  const cell = (side: CompareSide, block: string | undefined, column: string) =>
    block === undefined
      ? `<div class="compare-cell compare-${column} compare-empty" aria-hidden="true"></div>`
      : `<div class="compare-cell compare-${column}"><p class="compare-label">${escapeHtml(side.title)}</p>${block}</div>`;
  const rows = Array.from({ length: Math.max(a.blocks.length, b.blocks.length) }, (_, index) =>
    cell(a, a.blocks[index], 'a') + cell(b, b.blocks[index], 'b'),
  );
  return `<div class="compare-grid">${head(a, 'a')}${head(b, 'b')}${rows.join('')}</div>`;
}
