import type { Element, Root } from 'hast';

/** What a visitor of visitElements may return: skip the element's children, or go on from an index. */
export type WalkResult = 'skip' | number | undefined | void;

/**
 * Calls `visitor` with every element of a hast tree, depth first in document order, as
 * `visit(tree, 'element', visitor)` from unist-util-visit does, at a fraction of its cost: that
 * names a new function for every node it passes (for stack traces), which made tree walks a fifth
 * of a level's rendering time. The visitor may return 'skip' (leave out the element's children) or
 * the index in `parent.children` to go on from, after it removed or inserted children (the
 * element's own children are then left out, as it is no longer where it was).
 */
export function visitElements(tree: Root | Element, visitor: (element: Element, index: number, parent: Root | Element) => WalkResult): void {
  const children = tree.children;
  let index = 0;
  while (index < children.length) {
    const node = children[index]!;
    if (node.type !== 'element') {
      index++;
      continue;
    }
    const result = visitor(node, index, tree);
    if (typeof result === 'number') {
      index = result;
      continue;
    }
    if (result !== 'skip') visitElements(node, visitor);
    index++;
  }
}

/** Whether any node of the tree has this type, e.g. 'raw' for HTML not yet parsed. */
export function containsNodeOfType(tree: Root | Element, type: string): boolean {
  return tree.children.some((node) => node.type === type || (node.type === 'element' && containsNodeOfType(node, type)));
}
