/**
 * A level's rendered HTML, read as a tree (hast) rather than by pattern: its expectations
 * (every element with an id: paragraphs, list items, headings) and a copy scoped to share a page
 * with other levels. Build-time only: the browser never loads hast.
 */
import type { Element, Root } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { toHtml } from 'hast-util-to-html';
import { visit } from 'unist-util-visit';
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
  visit(typeof html === 'string' ? parseLevelHtml(html) : html, 'element', (element: Element) => {
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

/**
 * A level's HTML made fit to share a page with other levels (whole track, compare): ids get the
 * level's slug in front so they stay unique on the page, and each copy-link control points at the
 * expectation on the level's own page, the address people should quote.
 * @example scopeLevelHtml('<p id="a">x <a class="copy-link" href="#a"></a></p>', 'senior', '/ops/senior/')
 * // '<p id="senior--a">x <a class="copy-link" href="/ops/senior/#a"></a></p>'
 */
export function scopeLevelHtml(html: string, slug: string, levelUrl: string): string {
  const tree = parseLevelHtml(html);
  scopeLevelTree(tree, slug, levelUrl);
  return toHtml(tree);
}

/** scopeLevelHtml on a tree already read, changed in place. */
export function scopeLevelTree(tree: Root, slug: string, levelUrl: string): void {
  visit(tree, 'element', (element: Element) => {
    const properties = element.properties ?? {};
    if (typeof properties['id'] === 'string') properties['id'] = `${slug}--${properties['id']}`;
    const classes = properties['className'];
    const href = properties['href'];
    if (element.tagName === 'a' && Array.isArray(classes) && classes.includes('copy-link') && typeof href === 'string' && href.startsWith('#')) {
      properties['href'] = `${levelUrl}${href}`;
    }
  });
}
