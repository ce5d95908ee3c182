// Pages that show several levels' text side by side (a track's every level, compare, the
// competency matrix) are built without copy-link controls: repeated on every such page they were
// a third of a large ladder's output. This script puts them back, each pointing at the
// expectation on its level's own page, the address people should quote; the click is handled by
// the page's one script (copy-link.ts), as on a level page. Without JavaScript these pages show
// the text alone, and each level's title still links to its page.
//
// A region marked `data-copy-links="/track/"` holds level text whose ids are scoped
// `level--expectation` (scopeLevelHtml in src/lib/level-blocks.ts): the level's page is then
// `/track/level/` and the expectation's link `/track/level/#expectation`.
import { copyLinkLabel } from '../lib/markdown/copy-link.ts';
import { ownTextOf } from './page-reading.ts';

/** The blocks the Markdown pipeline gives a copy-link: headings, list items, paragraphs outside lists. */
const BLOCKS = ['h2', 'h3', 'h4', 'h5', 'h6', 'li', 'p'].map((tag) => `${tag}[id*="--"]`).join(',');

/** Adds the missing copy-link controls inside `root` (the whole page, or a part drawn later). */
export function addCopyLinks(root: ParentNode & Node = document): void {
  const regions = root instanceof Element && root.matches('[data-copy-links]') ? [root] : [...root.querySelectorAll('[data-copy-links]')];
  for (const region of regions) {
    const track = region.getAttribute('data-copy-links')!;
    for (const block of region.querySelectorAll(BLOCKS)) {
      if (block.tagName === 'P' && block.closest('li')) continue;
      if (block.querySelector(':scope > .copy-link, :scope > p > .copy-link')) continue;
      const split = block.id.indexOf('--');
      const link = document.createElement('a');
      link.className = 'copy-link';
      link.href = `${track}${block.id.slice(0, split)}/#${block.id.slice(split + 2)}`;
      link.setAttribute('aria-label', copyLinkLabel(ownTextOf(block) || block.id));
      // Where the build puts it: after the block's own text, before a list item's nested list.
      const host = block.tagName === 'LI' ? (block.querySelector(':scope > p') ?? block) : block;
      const nested = host === block ? block.querySelector(':scope > ul, :scope > ol') : null;
      host.insertBefore(document.createTextNode(' '), nested);
      host.insertBefore(link, nested);
    }
  }
}

addCopyLinks();
