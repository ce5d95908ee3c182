// The panel above the level's text while the reader reviews themselves: where the marks are kept,
// any problem reading them, progress (overall and by section), marks whose text left the page,
// the filter, the exports and the share link.
import { joinBase, route } from '../../lib/urls.ts';
import { MARK_LABELS, reconcile, type Entry, type LevelReview } from '../../lib/review/model.ts';
import { forgetQuestion, orphansSentence } from '../../lib/review/sentences.ts';
import { h } from './dom.ts';
import type { LevelPage } from './page-data.ts';
import { nameField, typedName } from './reviewer-name.ts';

export interface OwnPanelInput {
  page: LevelPage;
  review: LevelReview;
  /** A sentence about marks that could not be read or kept, if any. */
  problem: string | undefined;
  /** The filter checkbox and the export toolbar (which shows copied text in `fallback` when the clipboard cannot be used). */
  filter: () => HTMLElement;
  exports: (fallback: HTMLElement) => HTMLElement;
  /** Copies a share link of the reader's marks as they are when pressed, under `name`. */
  share: (name: string, fallback: HTMLElement) => void;
  /** Forgets the marks of these expectation ids (asked first here). */
  forget: (ids: string[]) => void;
}

/** Marks whose expectation is no longer on the page: listed, never silently dropped. */
function orphanList(orphans: { id: string; entry: Entry }[], forget: (ids: string[]) => void): HTMLElement {
  const button = h('button', { type: 'button' }, 'Forget these marks');
  button.addEventListener('click', () => {
    if (!confirm(forgetQuestion(orphans.length))) return;
    forget(orphans.map(({ id }) => id));
  });
  return h(
    'div',
    { class: 'review-orphans' },
    h('p', {}, orphansSentence(orphans.length)),
    h(
      'ul',
      {},
      ...orphans.map(({ id, entry }) =>
        h('li', {}, entry.text ? `“${entry.text}” (` : '', h('code', {}, id), entry.text ? ')' : '', `: ${entry.mark ? MARK_LABELS[entry.mark] : 'no mark'}${entry.note ? ` — ${entry.note}` : ''}`),
      ),
    ),
    button,
  );
}

/** The panel for one's own review. */
export function ownPanel({ page, review, problem, filter, exports, share, forget }: OwnPanelInput): HTMLElement {
  const fallback = h('div', { class: 'review-fallback', hidden: true });
  const progressLine = h('p', { class: 'review-progress', role: 'status', 'data-review-progress': true });
  const name = nameField(page.base, 'Your name (optional, travels with the link)');
  const shareButton = h('button', { type: 'button' }, 'Copy share link');
  shareButton.addEventListener('click', () => share(typedName(name), fallback));
  const { orphans } = reconcile(review, page.expectations);
  return h(
    'section',
    { class: 'review-panel', 'aria-labelledby': 'review-heading' },
    h('h2', { id: 'review-heading' }, 'Your self-review'),
    h(
      'p',
      { class: 'review-privacy' },
      'Your marks and notes stay in this browser, on this device; nothing is sent anywhere unless you export or share them. ',
      h('a', { href: joinBase(page.base, route.myReviews()) }, 'My reviews'),
      ' lists every level you marked.',
    ),
    problem && h('p', { class: 'review-problem' }, problem),
    progressLine,
    h('ul', { class: 'review-sections', 'data-review-sections': true, 'aria-label': 'Progress by section' }),
    orphans.length > 0 && orphanList(orphans, forget),
    filter(),
    exports(fallback),
    h('div', { class: 'review-share' }, name, shareButton),
    h('p', { class: 'review-problem', 'data-review-too-long': true, hidden: true }),
    fallback,
  );
}
