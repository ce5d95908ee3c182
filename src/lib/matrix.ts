/**
 * The competency matrix of a track: one row per section name in ladder order, one column per
 * written level in rank order, each cell that level's text for the section. Pure: the page
 * (src/pages/[track]/matrix.astro) gives it the levels' sections (sections.ts).
 */
import { alignSections, sectionLabel, type SectionText } from './section-rows.ts';

/** What the row of the text before the first heading is called. */
export const INTRO_LABEL = 'Overview';

/** One level as a column of the matrix. */
export interface MatrixLevel {
  slug: string;
  title: string;
  /** Its page, with base path. */
  url: string;
  /** Its sections in reading order (sectionTexts), ids scoped to share the page. */
  sections: SectionText[];
}

/** One row of the matrix. */
export interface MatrixRow {
  /** The row's name, e.g. `Technical skills › Testing`; INTRO_LABEL for the text before the first heading. */
  label: string;
  /** The section's own name, e.g. `Testing`. */
  name: string;
  /** The names of the sections it sits in, e.g. `['Technical skills']`. */
  parents: string[];
  /** Each level's HTML for it, in column order; undefined where the level has no such section. */
  cells: (string | undefined)[];
}

/**
 * Whether a track's written levels make a matrix: at least two of them share at least one section
 * name. Levels without headings (the seed) share none, so their track gets no matrix page.
 * @example sharesSections([[{ path: [], html: 'a' }], [{ path: [], html: 'b' }]]) // false
 */
export function sharesSections(levels: readonly (readonly SectionText[])[]): boolean {
  return alignSections(levels).some((row) => row.path.length > 0 && row.cells.filter(Boolean).length >= 2);
}

/**
 * The matrix's rows, in ladder order (see alignSections): sub-sections as rows of their own under
 * their parent, sections only some levels have included, their other cells left undefined.
 * @example matrixRows([l1, l2]).map((row) => row.label) // ['Overview', 'Technical skills', 'Technical skills › Testing', …]
 */
export function matrixRows(levels: readonly MatrixLevel[]): MatrixRow[] {
  return alignSections(levels.map((level) => level.sections)).map(({ path, cells }) => ({
    label: path.length === 0 ? INTRO_LABEL : sectionLabel(path),
    name: path.at(-1) ?? INTRO_LABEL,
    parents: path.slice(0, -1),
    cells: cells.map((cell) => cell?.html),
  }));
}
