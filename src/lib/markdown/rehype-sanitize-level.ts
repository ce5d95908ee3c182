import type { Element, Root } from 'hast';
import rehypeRaw from 'rehype-raw';
import rehypeSanitize, { defaultSchema, type Options as SanitizeSchema } from 'rehype-sanitize';
import { PAGE_IDS } from './expectation-ids.ts';
import type { FileData } from './problems.ts';
import { containsNodeOfType, visitElements } from './walk.ts';

/**
 * What a Markdown level may hold: GitHub's allow-list (what Markdown and GFM produce: headings,
 * lists, tables, task lists, links, images, emphasis, …) with these changes:
 * - ids are kept as written (no `user-content-` prefix): the site gives every expectation its
 *   id after this step, and ids the page itself uses are removed below;
 * - `<style>` is dropped with its text, as `<script>` is;
 * - images only from this site (a relative address), so a level never loads from another origin;
 * - a paragraph left with nothing in it (it only held markup that was removed) is removed too.
 * Everything else (scripts, `on…=` handlers, `javascript:` links, iframes, objects, `<base>`,
 * `<meta>` redirects, inline styles, comments) is removed.
 */
export const LEVEL_SCHEMA: SanitizeSchema = {
  ...defaultSchema,
  clobber: [],
  strip: ['script', 'style'],
};

/**
 * Whether an image address leaves this site: it has a scheme (`https:`, `data:`, …) or names
 * another host (`//host/picture.png`). Browsers ignore tabs and line breaks inside an address and
 * spaces before it, so those are dropped first.
 * @example leavesSite('https://evil.example/x.png') // true
 * @example leavesSite('/images/rota.png') // false
 */
export function leavesSite(src: string): boolean {
  const address = src.replace(/[\t\n\r]/g, '').replace(/^[\u0000-\u0020]+/, '');
  return /^[a-z][a-z0-9+.-]*:/i.test(address) || /^[\\/]{2}/.test(address);
}

/** A paragraph with no text and no element left in it. */
function isEmptyParagraph(element: Element): boolean {
  return element.tagName === 'p' && element.children.every((child) => child.type === 'text' && child.value.trim() === '');
}

/**
 * Rehype plugin for Markdown levels only: parses raw HTML into elements and sanitises the tree
 * with LEVEL_SCHEMA, before the site adds its ids and controls. MDX levels are code (they run at
 * build time and import components), so they pass through as written; the README says who may
 * edit them.
 */
export function rehypeSanitizeLevel() {
  const parseRaw = rehypeRaw() as (tree: Root, file: unknown) => Root;
  const sanitize = rehypeSanitize(LEVEL_SCHEMA) as (tree: Root) => Root;
  return (tree: Root, file: FileData): Root => {
    if (file.path?.endsWith('.mdx')) return tree;
    // Parsing raw HTML runs the whole level through an HTML parser: a fifth of the Markdown's
    // rendering time on a large ladder. Most levels hold no HTML, and for them it is skipped.
    const clean = sanitize(containsNodeOfType(tree, 'raw') ? parseRaw(tree, file) : tree);
    visitElements(clean, (element, index, parent) => {
      const properties = element.properties ?? {};
      if ((PAGE_IDS as readonly string[]).includes(String(properties['id']))) delete properties['id'];
      const src = properties['src'];
      if (element.tagName === 'img' && (typeof src !== 'string' || leavesSite(src))) {
        parent.children.splice(index, 1);
        return index;
      }
      return undefined;
    });
    // A paragraph emptied above, or by the sanitiser, would be an expectation with no text.
    visitElements(clean, (element, index, parent) => {
      if (!isEmptyParagraph(element)) return undefined;
      parent.children.splice(index, 1);
      return index;
    });
    return clean;
  };
}
