import type { Element, Root } from 'hast';
import { toText } from 'hast-util-to-text';
import { visitElements } from './walk.ts';
import type { FileData } from './problems.ts';

const HEADING = /^h[1-6]$/;

/**
 * The name of each table's scroll region, in order: "Table: <the heading it sits under>", or
 * "Table 1", "Table 2", … before any heading; a name used twice on a level gets " 2", " 3", ….
 * The level's title follows in brackets, so the names stay distinct on pages that show several
 * levels (whole track, compare, matrix).
 * @example tableRegionLabels(['Planning', undefined, 'Planning'], 'Senior') // ['Table: Planning (Senior)', 'Table 2 (Senior)', 'Table: Planning 2 (Senior)']
 */
export function tableRegionLabels(sections: readonly (string | undefined)[], levelTitle = ''): string[] {
  const used = new Map<string, number>();
  return sections.map((section, index) => {
    const base = section ? `Table: ${section}` : `Table ${index + 1}`;
    const count = (used.get(base) ?? 0) + 1;
    used.set(base, count);
    const name = count === 1 ? base : `${base} ${count}`;
    return levelTitle ? `${name} (${levelTitle})` : name;
  });
}

/**
 * Rehype plugin, after rehypeExpectations: wraps every `<table>` of a level in a labelled,
 * keyboard-focusable scroll region (`<section class="table-region" tabindex="0" aria-label="…">`:
 * a named <section> is a region landmark, as `role="region"` on a div would be, which HTML
 * validators prefer), so a wide table scrolls on its own and never widens a phone's page, and a
 * keyboard user can scroll it too.
 */
export function rehypeTableRegions() {
  return (tree: Root, file: FileData) => {
    const tables: { table: Element; parent: Root | Element; section: string | undefined }[] = [];
    let section: string | undefined;
    visitElements(tree, (element, _index, parent) => {
      if (HEADING.test(element.tagName)) {
        section = toText(element, { whitespace: 'normal' }).replace(/\s+/g, ' ').trim() || undefined;
        return 'skip';
      }
      if (element.tagName !== 'table') return undefined;
      const alreadyWrapped = parent.type === 'element' && (parent.properties?.['className'] as string[] | undefined)?.includes('table-region');
      if (!alreadyWrapped) tables.push({ table: element, parent, section });
      return 'skip';
    });
    const labels = tableRegionLabels(
      tables.map(({ section }) => section),
      String(file.data.astro?.frontmatter?.['title'] ?? ''),
    );
    tables.forEach(({ table, parent }, index) => {
      const region: Element = {
        type: 'element',
        tagName: 'section',
        properties: { className: ['table-region'], tabIndex: 0, ariaLabel: labels[index]! },
        children: [table],
      };
      parent.children.splice(parent.children.indexOf(table), 1, region);
    });
  };
}
