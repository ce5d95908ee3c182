import type { Element } from 'hast';

/** How many opening words of a block name its copy-link control. */
const LABEL_WORDS = 6;

/**
 * A block's opening words, as its copy-link control and a suggestion about it name it.
 * @example openingWords('You mentor others and actively seek accountability.') // 'You mentor others and actively seek…'
 */
export function openingWords(text: string): string {
  const words = text.trim().split(/\s+/).filter(Boolean);
  return `${words.slice(0, LABEL_WORDS).join(' ')}${words.length > LABEL_WORDS ? '…' : ''}`;
}

/**
 * The name of a block's copy-link control, read by screen readers and shown on hover and focus:
 * its opening words, so a list of links tells the blocks apart.
 * @example copyLinkLabel('You mentor others and actively seek accountability.') // 'Copy link to “You mentor others and actively seek…”'
 */
export function copyLinkLabel(text: string): string {
  return `Copy link to “${openingWords(text)}”`;
}

/**
 * The copy-link control of one expectation: a plain link to `#id` without JavaScript; the page's
 * script turns a click into "copy the absolute URL". Its icon and its visible name (on hover and
 * focus) come from CSS, so the control adds no words to the text (search, ladder.json). This one
 * control is where later per-expectation actions belong: with SOURCE_URL, copying also opens its
 * menu (src/browser/expectation-menu.ts).
 */
export function copyLinkElement(id: string, label: string): Element {
  return {
    type: 'element',
    tagName: 'a',
    properties: { className: ['copy-link'], href: `#${id}`, ariaLabel: label },
    children: [],
  };
}
