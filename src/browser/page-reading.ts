// What browser code reads off a built page the same way everywhere: the address links are built
// on, and a block's own text as the build read it (src/lib/own-text.ts), so a copy-link's name,
// a suggestion's quote and a self-review mark's text hash agree with what the build wrote.

/** The controls the site adds inside a block, which are not its text: copy-link, its menu, review mode. */
const ADDED_CONTROLS = '.copy-link, .expectation-menu, .review-item';

/**
 * The address the page hands out links on: its canonical URL (SITE_URL and the base path), else
 * the address it was opened at (a build without SITE_URL).
 */
export function pageAddress(): string {
  return document.querySelector<HTMLLinkElement>('link[rel=canonical]')?.href ?? location.href;
}

/** pageAddress() without a query or fragment: the address of the page itself. */
export function pageUrl(): string {
  return pageAddress().replace(/[?#].*$/, '');
}

/** A block's own text, whitespace collapsed: a list item's nested lists and the site's controls left out. */
export function ownTextOf(block: Element): string {
  const copy = block.cloneNode(true) as Element;
  for (const inner of copy.querySelectorAll(`:scope > ul, :scope > ol, ${ADDED_CONTROLS}`)) inner.remove();
  return (copy.textContent ?? '').replace(/\s+/g, ' ').trim();
}
