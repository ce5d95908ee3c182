// A small element builder for the review's controls: text goes in as text nodes, never as HTML,
// so nothing from storage or a share link can inject markup.

import cssHref from '../../styles/review.css?url';

type Child = Node | string | false | null | undefined;

/** Creates `<tag>` with attributes (a `false`/undefined value leaves one out) and children. */
export function h<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  attributes: Record<string, string | boolean | undefined> = {},
  ...children: Child[]
): HTMLElementTagNameMap[K] {
  const element = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) {
    if (value === false || value === undefined) continue;
    element.setAttribute(name, value === true ? '' : value);
  }
  for (const child of children) if (child) element.append(child);
  return element;
}

let counter = 0;
/** A unique id for labels and descriptions. */
export const uid = (prefix: string): string => `${prefix}-${++counter}`;

/** The review's stylesheet (src/styles/review.css), loaded with its code: a file of this site, which style-src 'self' allows. */
export function loadStyles(): void {
  if (document.querySelector('link[data-review-styles]')) return;
  document.head.append(h('link', { rel: 'stylesheet', href: cssHref, 'data-review-styles': true }));
}
