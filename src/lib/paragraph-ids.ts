import path from 'node:path';
import type { Element, ElementContent, Root, Text } from 'hast';

/** How many opening words make a paragraph's id: enough to be unique, short enough to read. */
const ID_WORDS = 6;
/** `{#my-id}` at the very end of a paragraph sets its id explicitly. */
const EXPLICIT_ID = /\s*\{#([a-z0-9][a-z0-9-]*)\}\s*$/;

/**
 * A paragraph's id, from its opening words: it survives reordering and edits further on.
 * @example paragraphId('You mentor others and actively seek accountability.') // 'you-mentor-others-and-actively-seek'
 */
export function paragraphId(text: string): string {
  const words = text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/['’‘`]/g, '')
    .split(/[^a-z0-9]+/)
    .filter(Boolean);
  return words.slice(0, ID_WORDS).join('-') || 'paragraph';
}

function textOf(node: ElementContent | Root): string {
  if (node.type === 'text') return node.value;
  if ('children' in node) return (node.children as ElementContent[]).map(textOf).join('');
  return '';
}

/** Removes a trailing `{#id}` from the paragraph and returns the id, if the author wrote one. */
function takeExplicitId(paragraph: Element): string | undefined {
  const last = paragraph.children.at(-1);
  if (last?.type !== 'text') return undefined;
  const match = EXPLICIT_ID.exec((last as Text).value);
  if (!match) return undefined;
  (last as Text).value = (last as Text).value.slice(0, match.index);
  return match[1];
}

function paragraphsOf(node: Root | ElementContent, found: Element[] = []): Element[] {
  if (node.type === 'element' && node.tagName === 'p') found.push(node);
  else if ('children' in node) for (const child of node.children as ElementContent[]) paragraphsOf(child, found);
  return found;
}

/**
 * Rehype plugin: gives every paragraph of a level a stable `id` (explicit `{#id}` or derived
 * from its opening words), so a review can link one expectation. Two paragraphs of a page with
 * the same id stop the build with the file and how to fix it.
 */
export function rehypeParagraphIds() {
  return (tree: Root, file: { path?: string }) => {
    const owners = new Map<string, number>();
    paragraphsOf(tree).forEach((paragraph, index) => {
      const explicit = takeExplicitId(paragraph);
      const id = explicit ?? paragraphId(textOf(paragraph));
      const clash = owners.get(id);
      if (clash !== undefined) {
        const where = file.path ? path.relative(process.cwd(), file.path) : 'A level';
        throw new Error(
          `${where}\n  (paragraph id): paragraphs ${clash + 1} and ${index + 1} both have the id "${id}", so a link to one would open the other.\n` +
            `  How to fix: give one of them its own id by ending it with {#a-new-id} (lower-case letters, digits and dashes).`,
        );
      }
      owners.set(id, index);
      paragraph.properties = { ...paragraph.properties, id };
    });
  };
}
