/**
 * A level's rendered HTML split into its sections by heading, read as a tree (hast): what the
 * compare pages and the competency matrix line up by name. Build-time only: the browser gets the
 * result in `levels.json` (see section-rows.ts for the part it runs).
 */
import type { ElementContent, Root, RootContent } from 'hast';
import { toHtml } from 'hast-util-to-html';
import { toText } from 'hast-util-to-text';
import { visitElements } from './markdown/walk.ts';
import { parseLevelHtml, scopeLevelTree } from './level-blocks.ts';
import type { SectionText } from './section-rows.ts';

/** One section of a level: its heading and its own content, its sub-sections nested. */
export interface Section {
  /** The heading's text as a reader sees it; `''` for the untitled text before the first heading. */
  name: string;
  /** The heading's level, 2–6 (the body's headings start at `h2`); 2 for the untitled intro, which sits beside the top-level sections. */
  depth: number;
  /** The heading's id on the level's page; none for the intro. */
  id?: string;
  /** The section's own content, the blocks between its heading and the next heading, as HTML. */
  html: string;
  /** Its sub-sections, in order. */
  sections: Section[];
}

const HEADING = /^h([1-6])$/;

/**
 * Gives the header cells of a table's head `scope="col"`, which Markdown tables leave out: a
 * section may sit inside another table (the competency matrix), and a table holding tables is
 * checked as a whole, every header cell in it included.
 */
function scopeTableHeads(tree: Root): void {
  visitElements(tree, (element) => {
    if (element.tagName !== 'thead') return;
    visitElements(element, (cell) => {
      if (cell.tagName === 'th' && cell.properties['scope'] === undefined) cell.properties['scope'] = 'col';
    });
  });
}

/** Collapses whitespace, as a reader sees text. */
function tidy(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

/**
 * Splits a level's rendered HTML into its sections by heading, at the top level of the text (a
 * heading inside a component or a table stays part of its section's content). Text before the
 * first heading becomes an untitled section first (only if there is any); a heading deeper than
 * the one before it opens a sub-section of it. Header cells of tables get `scope="col"` (see scopeTableHeads).
 * @example sectionsOf('<p>Hi</p><h2 id="o">Ownership</h2><p>You own.</p><h3 id="c">Cost</h3><p>Cheap.</p>')
 * // [{ name: '', depth: 2, html: '<p>Hi</p>', sections: [] },
 * //  { name: 'Ownership', depth: 2, id: 'o', html: '<p>You own.</p>', sections: [{ name: 'Cost', depth: 3, id: 'c', html: '<p>Cheap.</p>', sections: [] }] }]
 */
export function sectionsOf(html: string | Root): Section[] {
  const intro: Section = { name: '', depth: 2, html: '', sections: [] };
  const top: Section[] = [intro];
  const open: Section[] = [];
  const parts = new Map<Section, string[]>([[intro, []]]);
  const tree = typeof html === 'string' ? parseLevelHtml(html) : html;
  scopeTableHeads(tree);
  for (const node of tree.children as RootContent[]) {
    if (node.type === 'text' && node.value.trim() === '') continue;
    if (node.type === 'comment' || node.type === 'doctype') continue;
    const heading = node.type === 'element' ? HEADING.exec(node.tagName) : null;
    if (node.type === 'element' && heading) {
      const depth = Number(heading[1]);
      while (open.length > 0 && open.at(-1)!.depth >= depth) open.pop();
      const id = node.properties?.['id'];
      const section: Section = { name: tidy(toText(node, { whitespace: 'normal' })), depth, ...(typeof id === 'string' ? { id } : {}), html: '', sections: [] };
      (open.at(-1)?.sections ?? top).push(section);
      open.push(section);
      parts.set(section, []);
      continue;
    }
    parts.get(open.at(-1) ?? intro)!.push(toHtml(node as ElementContent).trim());
  }
  for (const [section, html] of parts) section.html = html.join('\n');
  return intro.html === '' ? top.slice(1) : top;
}

/**
 * A level's sections flattened in reading order, each with its path of names and its own HTML,
 * scoped (see scopeLevelHtml) when the level shares a page with others: what compare pages and the
 * competency matrix line up.
 * @example sectionTexts('<h2 id="o">Ownership</h2><h3 id="c">Cost</h3><p id="x">Cheap.</p>', { slug: 'l3' })
 * // [{ path: ['Ownership'], html: '' }, { path: ['Ownership', 'Cost'], html: '<p id="l3--x">Cheap.</p>' }]
 */
export function sectionTexts(html: string | Root, scope?: { slug: string }): SectionText[] {
  const tree = typeof html === 'string' ? parseLevelHtml(html) : html;
  // The whole level at once, not section by section: each section read again cost as much as the level.
  if (scope) scopeLevelTree(tree, scope.slug);
  const flat: SectionText[] = [];
  const walk = (sections: Section[], parents: string[]) => {
    for (const section of sections) {
      const intro = flat.length === 0 && section.name === '' && section.id === undefined;
      const path = intro ? [] : [...parents, section.name];
      flat.push({ path, html: section.html });
      walk(section.sections, path);
    }
  };
  walk(sectionsOf(tree), []);
  return flat;
}
