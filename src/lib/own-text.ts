import type { Element, ElementContent } from 'hast';
import { toText } from 'hast-util-to-text';

/** Whether a node is a list (`ul` or `ol`): a list item's nested lists are not its own text. */
export function isList(node: ElementContent): boolean {
  return node.type === 'element' && (node.tagName === 'ul' || node.tagName === 'ol');
}

/** A block's own content: for a list item, everything but the lists nested in it. */
export function ownChildren(element: Element): ElementContent[] {
  return element.tagName === 'li' ? element.children.filter((child) => !isList(child)) : element.children;
}

/**
 * An element's text as a reader sees it, whitespace collapsed; for a list item, without its nested lists.
 * @example ownText(li) // 'Owns releases' for <li>Owns releases<ul><li>Detail</li></ul></li>
 */
export function ownText(element: Element): string {
  return toText({ ...element, children: ownChildren(element) }, { whitespace: 'normal' }).replace(/\s+/g, ' ').trim();
}
