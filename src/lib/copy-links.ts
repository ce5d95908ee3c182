import type { Element, ElementContent, Root } from 'hast';

/** How many opening words of a paragraph name its copy-link control for screen readers. */
const LABEL_WORDS = 6;

function textOf(node: ElementContent | Root): string {
  if (node.type === 'text') return node.value;
  if ('children' in node) return (node.children as ElementContent[]).map(textOf).join('');
  return '';
}

/**
 * The accessible name of a paragraph's copy-link control: its opening words, so a list of
 * links tells the paragraphs apart.
 * @example copyLinkLabel('You mentor others and actively seek accountability.') // 'Copy link to “You mentor others and actively seek…”'
 */
export function copyLinkLabel(text: string): string {
  const words = text.trim().split(/\s+/).filter(Boolean);
  const opening = words.slice(0, LABEL_WORDS).join(' ');
  return `Copy link to “${opening}${words.length > LABEL_WORDS ? '…' : ''}”`;
}

/**
 * The copy-link control of one paragraph: a plain link to `#id` without JavaScript; the page's
 * script turns a click into "copy the absolute URL". Its icon comes from CSS, so the control adds
 * no words to the paragraph's text (search, ladder.json).
 */
export function copyLinkElement(id: string, label: string): Element {
  return {
    type: 'element',
    tagName: 'a',
    properties: { className: ['copy-link'], href: `#${id}`, ariaLabel: label },
    children: [],
  };
}

/**
 * Rehype plugin, after `rehypeParagraphIds`: ends every paragraph that has an id with its
 * copy-link control, so a manager can quote one expectation in a review.
 */
export function rehypeCopyLinks() {
  return (tree: Root) => {
    const visit = (node: Root | ElementContent) => {
      if (node.type === 'element' && node.tagName === 'p' && typeof node.properties?.id === 'string') {
        node.children.push({ type: 'text', value: ' ' }, copyLinkElement(node.properties.id, copyLinkLabel(textOf(node))));
        return;
      }
      if ('children' in node) for (const child of node.children as ElementContent[]) visit(child);
    };
    visit(tree);
  };
}
