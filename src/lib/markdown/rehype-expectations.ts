import type { Element, ElementContent, Root, Text } from 'hast';
import { isList, ownChildren, ownText } from '../own-text.ts';
import { assignIds, type IdRequest } from './expectation-ids.ts';
import { copyLinkElement, copyLinkLabel } from './copy-link.ts';
import { recordProblem, type FileData } from './problems.ts';
import { textHash } from '../review/text-hash.ts';

/** `{#my-id}` at the very end of a block sets its id explicitly. */
const EXPLICIT_MARKER = /\s*\{#([^}\s]+)\}\s*$/;
const HEADING = /^h[1-6]$/;

/** The last text node of a block's own content, where an author writes `{#id}`. */
function lastText(nodes: readonly ElementContent[]): Text | undefined {
  for (let index = nodes.length - 1; index >= 0; index--) {
    const node = nodes[index]!;
    if (node.type === 'text') {
      if (node.value.trim() !== '') return node;
    } else if (node.type === 'element') {
      const inner = lastText(node.children);
      if (inner) return inner;
    }
  }
  return undefined;
}

/** Removes a trailing `{#id}` from a block and returns the id, if the author wrote one. */
function takeExplicitId(element: Element): string | undefined {
  const text = lastText(ownChildren(element));
  const match = text && EXPLICIT_MARKER.exec(text.value);
  if (!text || !match) return undefined;
  text.value = text.value.slice(0, match.index);
  return match[1];
}

/** The blocks that are expectations, in reading order: headings, list items, paragraphs not inside a list item. */
function expectationElements(root: Root | Element, found: Element[] = [], inItem = false): Element[] {
  for (const child of root.children) {
    if (child.type !== 'element') continue;
    if (child.tagName === 'table' || child.tagName === 'pre' || child.tagName === 'section') continue;
    const isItem = child.tagName === 'li';
    if (HEADING.test(child.tagName) || isItem || (child.tagName === 'p' && !inItem)) found.push(child);
    expectationElements(child, found, inItem || isItem);
  }
  return found;
}

/** A text node of whitespace alone. */
function isBlank(node: ElementContent): boolean {
  return node.type === 'text' && node.value.trim() === '';
}

/** Places the copy-link control at the end of a block's own text (before a bullet's nested list). */
function appendCopyLink(element: Element, id: string, text: string): void {
  const control = copyLinkElement(id, copyLinkLabel(text));
  if (element.tagName !== 'li') {
    element.children.push({ type: 'text', value: ' ' }, control);
    return;
  }
  const paragraph = element.children.find((child): child is Element => child.type === 'element' && child.tagName === 'p');
  if (paragraph) {
    paragraph.children.push({ type: 'text', value: ' ' }, control);
    return;
  }
  const nested = element.children.findIndex(isList);
  let at = nested === -1 ? element.children.length : nested;
  // Right after the text, not after the line break Markdown leaves before a nested list.
  while (at > 0 && isBlank(element.children[at - 1]!)) at--;
  element.children.splice(at, 0, { type: 'text', value: ' ' }, control);
}

/**
 * Rehype plugin, after the outline is shifted (rehypeLevelOutline): gives every paragraph, list
 * item and heading of a level its id (see expectation-ids.ts for the rule) and a copy-link
 * control, so a review can link one expectation, and every paragraph and list item a `data-h`
 * hash of its text for self-review marks. It never throws on ordinary text: problems with
 * ids the author wrote are recorded on the file (see problems.ts) and fail the build there.
 */
export function rehypeExpectations() {
  return (tree: Root, file: FileData) => {
    const elements = expectationElements(tree);
    const requests: IdRequest[] = elements.map((element) => {
      const explicit = takeExplicitId(element);
      const heading = HEADING.test(element.tagName);
      return {
        kind: heading ? 'heading' : 'block',
        explicit,
        text: ownText(element),
        ...(heading ? { depth: Number(element.tagName[1]) } : {}),
        fallback: heading ? 'section' : element.tagName === 'li' ? 'item' : 'paragraph',
      };
    });
    const { ids, problems } = assignIds(requests);
    elements.forEach((element, index) => {
      const id = ids[index]!;
      // Paragraphs and bullets (what a self-review marks) carry a short hash of their text, so a
      // mark given against older wording is noticed (src/lib/review/). About 15 bytes each.
      const hash = HEADING.test(element.tagName) ? {} : { dataH: textHash(requests[index]!.text) };
      element.properties = { ...element.properties, id, ...hash };
      appendCopyLink(element, id, requests[index]!.text || id);
    });
    for (const problem of problems) recordProblem(file, { field: '(id)', message: problem.message, fix: problem.fix });
  };
}
