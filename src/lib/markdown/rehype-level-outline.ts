import type { Element, Root } from 'hast';
import { toText } from 'hast-util-to-text';
import type { FileData } from './problems.ts';

const HEADING = /^h[1-6]$/;

/** Compares two titles as a reader would: case and spacing aside. */
function sameTitle(a: string, b: string): boolean {
  const tidy = (text: string) => text.replace(/\s+/g, ' ').trim().toLocaleLowerCase();
  return tidy(a) === tidy(b);
}

/**
 * The depth each heading takes so that the highest one is `h2` (the page's title is the only
 * `h1`) and none is skipped, whatever mix of `#`…`######` the author wrote.
 * @example outlineDepths([3, 4, 3, 6]) // [2, 3, 2, 3]
 */
export function outlineDepths(authored: readonly number[]): number[] {
  const open: number[] = [];
  return authored.map((depth) => {
    while (open.length > 0 && open.at(-1)! >= depth) open.pop();
    open.push(depth);
    return Math.min(6, open.length + 1);
  });
}

/**
 * Rehype plugin: makes a level's headings an outline under the page's title. A heading that
 * repeats the level's title is dropped (the page shows the title already); the others are
 * shifted so the highest becomes `h2` and none is skipped.
 */
export function rehypeLevelOutline() {
  return (tree: Root, file: FileData) => {
    const title = String(file.data.astro?.frontmatter?.['title'] ?? '');
    tree.children = tree.children.filter(
      (node) => !(node.type === 'element' && HEADING.test(node.tagName) && title !== '' && sameTitle(toText(node), title)),
    );
    // The line break that followed a dropped heading would open the text with blank space.
    while (tree.children[0]?.type === 'text' && tree.children[0].value.trim() === '') tree.children.shift();
    const headings: Element[] = [];
    const collect = (node: Root | Element) => {
      for (const child of node.children) {
        if (child.type !== 'element') continue;
        if (HEADING.test(child.tagName)) headings.push(child);
        else collect(child);
      }
    };
    collect(tree);
    const depths = outlineDepths(headings.map((heading) => Number(heading.tagName[1])));
    headings.forEach((heading, index) => (heading.tagName = `h${depths[index]}`));
  };
}
