// The panel when the page opens from a share link: whose marks these are and that they are
// read-only, marks of reworded text that are not shown, progress, and what the reader can do next.
// With one side: add their own marks beside it (a check-in) or save the marks as their own. With
// both sides: the two agree or differ, and the second column can be changed on request, then
// copied back as a link with both. A link that cannot be read says why.
import { marksById, sideTitle, type ShareSide } from '../../lib/review/share.ts';
import { unmatchedSentence } from '../../lib/review/sentences.ts';
import { h } from './dom.ts';
import type { LevelPage } from './page-data.ts';
import { nameField, typedName } from './reviewer-name.ts';

export interface SharedPanelInput {
  page: LevelPage;
  /** The shared review's marks; undefined when the link could not be read. */
  first: ShareSide | undefined;
  /** Why the link could not be read. */
  problem: string | undefined;
  /** The marks beside the shared ones, in a check-in. */
  checkin: ShareSide | undefined;
  /** Whether the reader is changing the check-in marks. */
  editing: boolean;
  /** The filter checkbox and the export toolbar (which shows copied text in `fallback` when the clipboard cannot be used). */
  filter: () => HTMLElement;
  exports: (fallback: HTMLElement) => HTMLElement;
  /** Back to one's own marks. */
  leave: () => void;
  /** Copies a link with both sides, the reader's under `name` (else the name it had). */
  shareBoth: (name: string, fallback: HTMLElement) => void;
  /** Lets the reader change the check-in marks already in the link. */
  editCheckin: () => void;
  /** Starts a check-in: the reader's own marks beside the shared ones. */
  startCheckin: () => void;
  saveAsMine: (side: ShareSide) => void;
}

/** The buttons and exports under the heading, by what the link holds and what the reader is doing. */
function checkinControls(input: SharedPanelInput, first: ShareSide, fallback: HTMLElement): (HTMLElement | string)[] {
  const { checkin, filter, exports } = input;
  if (!checkin) {
    const add = h('button', { type: 'button' }, 'Add your marks beside them');
    add.addEventListener('click', () => input.startCheckin());
    const save = h('button', { type: 'button' }, 'Save these marks as mine');
    save.addEventListener('click', () => input.saveAsMine(first));
    return [h('div', { class: 'review-actions' }, add, save), exports(fallback)];
  }
  const beside = [h('p', { class: 'review-context' }, `Beside them: ${sideTitle(checkin)}.`), h('p', { class: 'review-agreement', role: 'status', 'data-review-agreement': true })];
  if (input.editing) {
    const name = nameField(input.page.base, 'Your name (optional, travels with the link)');
    const both = h('button', { type: 'button' }, 'Copy link with both');
    both.addEventListener('click', () => input.shareBoth(typedName(name), fallback));
    return [...beside, filter(), exports(fallback), h('div', { class: 'review-share' }, name, both)];
  }
  // A link with both sides opens read-only; whoever holds the second column can change it on request.
  const name = checkin.name.trim();
  const edit = h('button', { type: 'button' }, name ? `Change ${name}’s marks` : 'Change the marks beside them');
  edit.addEventListener('click', () => input.editCheckin());
  return [...beside, h('div', { class: 'review-actions' }, edit), exports(fallback)];
}

/** The panel for marks opened from a share link. */
export function sharedPanel(input: SharedPanelInput): HTMLElement {
  const { page, first, problem } = input;
  const fallback = h('div', { class: 'review-fallback', hidden: true });
  const heading = first ? `${sideTitle(first)}, not yours` : 'Shared marks';
  const panel = h('section', { class: 'review-panel review-shared', 'aria-labelledby': 'review-heading' }, h('h2', { id: 'review-heading' }, heading));
  const leave = h('button', { type: 'button' }, problem ? 'Show my own marks' : 'Close the shared marks');
  leave.addEventListener('click', () => input.leave());
  if (!first) {
    panel.append(h('p', { class: 'review-problem' }, problem ?? ''), leave);
    return panel;
  }
  const matched = Object.keys(marksById(first, page.expectations)).length;
  const unmatched = Object.keys(first.marks).length - matched;
  panel.append(
    h(
      'p',
      { class: 'review-privacy' },
      'Opened from a share link: the marks and notes are in the link itself, shown here read-only. Nothing was sent anywhere, and your own marks are untouched.',
    ),
    unmatched > 0 ? h('p', { class: 'review-problem' }, unmatchedSentence(unmatched)) : '',
    h('p', { class: 'review-progress', role: 'status', 'data-review-progress': true }),
    h('ul', { class: 'review-sections', 'data-review-sections': true, 'aria-label': 'Progress by section' }),
    ...checkinControls(input, first, fallback),
    h('p', { class: 'review-problem', 'data-review-too-long': true, hidden: true }),
    fallback,
    h('p', {}, leave),
  );
  return panel;
}
