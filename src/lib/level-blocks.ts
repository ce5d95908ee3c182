/**
 * A level's rendered HTML, read as a tree (hast) rather than by pattern: its expectations
 * (every element with an id: paragraphs, list items, headings) and a copy scoped to share a page
 * with other levels. Build-time only: the browser never loads hast.
 */
import type { ElementContent, Root } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { toHtml } from 'hast-util-to-html';
import { visitElements } from './markdown/walk.ts';
import { ownText } from './own-text.ts';

/** One linkable expectation of a level: its stable id, what it is, and its text as a reader sees it. */
export interface Expectation {
  id: string;
  /** A paragraph, a list item (bullet or numbered) or a section heading. */
  kind: 'paragraph' | 'item' | 'heading';
  text: string;
  /** The heading it sits under, e.g. "Ownership"; none before the first heading. */
  section?: string;
}

const KIND: Record<string, Expectation['kind']> = { p: 'paragraph', li: 'item', h2: 'heading', h3: 'heading', h4: 'heading', h5: 'heading', h6: 'heading' };

/** A level's rendered HTML as a tree, read once and handed to the functions below that take a tree. */
export function parseLevelHtml(html: string): Root {
  return fromHtml(html, { fragment: true });
}

/**
 * The expectations of a level's rendered text, in reading order: every paragraph, list item and
 * heading that has an id (the Markdown pipeline gives each one), with the section it sits in.
 * @example expectationsOf('<h2 id="o">Ownership</h2><p id="o-you">You <em>own</em></p>')
 * // [{ id: 'o', kind: 'heading', text: 'Ownership' }, { id: 'o-you', kind: 'paragraph', text: 'You own', section: 'Ownership' }]
 */
export function expectationsOf(html: string | Root): Expectation[] {
  const found: Expectation[] = [];
  let section: string | undefined;
  visitElements(typeof html === 'string' ? parseLevelHtml(html) : html, (element) => {
    const kind = KIND[element.tagName];
    const id = element.properties?.['id'];
    if (!kind || typeof id !== 'string') return;
    const text = ownText(element);
    if (kind === 'heading') {
      section = text;
      found.push({ id, kind, text });
    } else {
      found.push({ id, kind, text, ...(section ? { section } : {}) });
    }
  });
  return found;
}

/** Whether an element is a copy-link control (src/lib/markdown/copy-link.ts). */
function isCopyLink(node: ElementContent): boolean {
  const classes = node.type === 'element' ? node.properties?.['className'] : undefined;
  return node.type === 'element' && node.tagName === 'a' && Array.isArray(classes) && classes.includes('copy-link');
}

/**
 * A level's HTML made fit to share a page with other levels (whole track, compare, matrix): ids
 * get the level's slug in front so they stay unique on the page, and the copy-link controls (and
 * the text hashes self-review reads on the level's page) are left out. They were a third of a large ladder's output, repeated on every page that shows a
 * level beside others; the browser puts them back there (src/browser/shared-copy-links.ts), each
 * pointing at the expectation on the level's own page, the address people should quote.
 * @example scopeLevelHtml('<p id="a">x <a class="copy-link" href="#a"></a></p>', 'senior')
 * // '<p id="senior--a">x</p>'
 */
export function scopeLevelHtml(html: string, slug: string): string {
  const tree = parseLevelHtml(html);
  scopeLevelTree(tree, slug);
  return toHtml(tree);
}

/** scopeLevelHtml on a tree already read, changed in place. */
export function scopeLevelTree(tree: Root, slug: string): void {
  visitElements(tree, (element) => {
    const properties = element.properties ?? {};
    if (typeof properties['id'] === 'string') properties['id'] = `${slug}--${properties['id']}`;
    // The text hashes are for self-review, which runs on a level's own page only.
    delete properties['dataH'];
    const at = element.children.findIndex(isCopyLink);
    if (at === -1) return;
    element.children.splice(at, 1);
    // The space the control was set apart by.
    const before = element.children[at - 1];
    if (before?.type === 'text') before.value = before.value.replace(/ $/, '');
  });
}
