// Progressive enhancement once the review code is loaded: the ladder diagram beside the text (and
// any list of level links on the page) says which levels have self-review marks in this browser.
import { h } from './dom.ts';

/** Adds "(marked)" after every link on the page to a level that has saved marks, and removes it from the others. */
export function markLadder(base: string, levels: readonly string[]): void {
  const marked = new Set(levels);
  for (const link of document.querySelectorAll<HTMLAnchorElement>('.ladder a[href], .where a[href]')) {
    const path = new URL(link.href).pathname;
    const level = path.startsWith(base) ? decodeURIComponent(path.slice(base.length)).replace(/^\/+|\/+$/g, '') : '';
    const badge = link.querySelector('.review-marked');
    if (marked.has(level) && !badge) link.append(h('span', { class: 'review-marked' }, ' (marked)'));
    if (!marked.has(level)) badge?.remove();
  }
}
