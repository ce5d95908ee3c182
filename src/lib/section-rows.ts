/**
 * Levels' sections lined up by name, for the compare pages and the competency matrix. Pure and
 * free of hast: the track's compare page runs it in the browser on `levels.json`. The sections
 * themselves are cut out of a level's HTML at build time (sections.ts).
 */

/** One section of a level, flattened: where it sits in the outline and its own content. */
export interface SectionText {
  /** Heading names from the top-level section down to this one, e.g. `['Delivery', 'Incidents']`; empty for the text before the first heading. */
  path: string[];
  /** The section's own HTML (its sub-sections are sections of their own), ids scoped to share a page. */
  html: string;
}

/** One row: a section name and each level's content for it (undefined where a level has no such section). */
export interface SectionRow {
  /** Identifies the row: its path compared as a reader would (case and spacing aside). */
  key: string;
  /** The path as the first level that has it writes it; empty for the untitled intro. */
  path: string[];
  /** One entry per level, in the order the levels were given. */
  cells: (SectionText | undefined)[];
}

const SEPARATOR = '\u001f';

/** A section name compared as a reader would: case and spacing aside. */
function normalName(name: string): string {
  return name.replace(/\s+/g, ' ').trim().toLocaleLowerCase();
}

/**
 * Keys of one level's sections: their paths, normalised; a second section of the same path in one
 * level (rare: two "Examples" under one heading) gets its own key rather than sharing a row.
 */
function keysOf(sections: readonly SectionText[]): string[] {
  const seen = new Map<string, number>();
  return sections.map((section) => {
    const key = section.path.map(normalName).join(SEPARATOR);
    const count = (seen.get(key) ?? 0) + 1;
    seen.set(key, count);
    return count === 1 ? key : `${key}${SEPARATOR}#${count}`;
  });
}

/**
 * Lines up several levels' sections by name, sub-sections too, one row per section name in
 * ladder order: walking the levels in the order given (rank order), a section is placed where it
 * first appears, right after the section that precedes it in that level and after that
 * section's sub-sections, so a sub-section always stays under its parent. The untitled text before
 * the first heading is always the first row.
 * @example alignSections([[{ path: ['Ownership'], html: 'a' }], [{ path: ['ownership'], html: 'b' }, { path: ['Strategy'], html: 'c' }]])
 * // [{ key: 'ownership', path: ['Ownership'], cells: [a, b] }, { key: 'strategy', path: ['Strategy'], cells: [undefined, c] }]
 */
export function alignSections(levels: readonly (readonly SectionText[])[]): SectionRow[] {
  const order: string[] = [];
  const depth = new Map<string, number>();
  const rows = new Map<string, SectionRow>();
  levels.forEach((sections, column) => {
    const keys = keysOf(sections);
    let previous: string | undefined;
    sections.forEach((section, index) => {
      const key = keys[index]!;
      let row = rows.get(key);
      if (!row) {
        row = { key, path: section.path, cells: levels.map(() => undefined) };
        rows.set(key, row);
        depth.set(key, section.path.length);
        if (section.path.length === 0) order.unshift(key);
        else {
          // After the preceding section and everything nested deeper than this one below it.
          let at = previous === undefined ? (order[0] === '' ? 1 : 0) : order.indexOf(previous) + 1;
          while (at < order.length && depth.get(order[at]!)! > section.path.length) at++;
          order.splice(at, 0, key);
        }
      }
      row.cells[column] ??= section;
      previous = key;
    });
  });
  return order.map((key) => rows.get(key)!);
}

/**
 * A row's name as a reader sees it: a sub-section after its parents.
 * @example sectionLabel(['Technical skills', 'Testing']) // 'Technical skills › Testing'
 */
export function sectionLabel(path: readonly string[]): string {
  return path.join(' › ');
}
