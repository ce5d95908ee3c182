// The controls under one expectation: a radio group (Met, Working on it, Not yet) with a Clear
// button and a note with its character count, named by the expectation's opening words so a
// screen reader user hears which expectation they mark. Around them sit the lines that
// item-status.ts fills in: the changed-text notice, a shared review's marks, the flag where two
// people differ, and the line print shows instead of the controls. placeItem() puts them on the page.
import { MARK_LABELS, MARKS, NOTE_LIMIT, type Mark } from '../../lib/review/model.ts';
import { openingWords } from '../../lib/markdown/copy-link.ts';
import { h, uid } from './dom.ts';
import type { PageExpectation } from './page-data.ts';

/** A change to one expectation's mark or note (a key left out stays as it was). */
export type MarkChange = { mark?: Mark | undefined; note?: string };

export interface ItemOptions {
  /** Marks from a share link are on the page: show their lines and where the two sides differ, and say the mark goes beside theirs. */
  shared: boolean;
  /** Show the check-in column as a line too (a link with both sides, opened read-only). */
  secondLine: boolean;
  /** Show the radio group and note; otherwise the item only reports. */
  editing: boolean;
  /** The mark and note the form opens with. */
  entry: { mark?: Mark; note?: string } | undefined;
  onChange: (change: MarkChange) => void;
}

/** The radio group and Clear button for one expectation. */
function markGroup(name: string, options: ItemOptions): HTMLFieldSetElement {
  const { entry, onChange } = options;
  const group = h('fieldset', { class: 'review-mark' }, h('legend', { class: 'visually-hidden' }, `${options.shared ? 'Your mark beside theirs' : 'Your mark'} for ${name}`));
  const radioName = uid('review-mark');
  for (const mark of MARKS) {
    const id = uid('review-option');
    const radio = h('input', { type: 'radio', id, name: radioName, value: mark, checked: entry?.mark === mark });
    radio.addEventListener('change', () => onChange({ mark }));
    group.append(h('span', { class: 'review-option' }, radio, h('label', { for: id }, MARK_LABELS[mark])));
  }
  const clear = h('button', { type: 'button', class: 'review-clear', 'aria-label': `Clear the mark for ${name}` }, 'Clear');
  clear.addEventListener('click', () => {
    for (const radio of group.querySelectorAll('input')) radio.checked = false;
    onChange({ mark: undefined });
  });
  group.append(clear);
  return group;
}

/** The optional note, with a visible count of its characters against the limit. */
function noteField(name: string, options: ItemOptions): HTMLElement {
  const noteId = uid('review-note');
  const countId = uid('review-count');
  const note = h('textarea', { id: noteId, class: 'review-note-field', rows: '2', maxlength: String(NOTE_LIMIT), 'aria-describedby': countId });
  note.value = options.entry?.note ?? '';
  const count = h('span', { class: 'review-count', id: countId }, `${note.value.length} of ${NOTE_LIMIT} characters`);
  note.addEventListener('input', () => {
    count.textContent = `${note.value.length} of ${NOTE_LIMIT} characters`;
    options.onChange({ note: note.value });
  });
  return h('div', { class: 'review-note' }, h('label', { for: noteId }, 'Note ', h('span', { class: 'visually-hidden' }, `on ${name} `), '(optional)'), note, count);
}

/** Everything the review puts under one expectation. */
export function reviewItem(expectation: PageExpectation, options: ItemOptions): HTMLElement {
  const name = `“${openingWords(expectation.text)}”`;
  const item = h('div', { class: 'review-item', 'data-review-item': expectation.id });
  item.append(h('p', { class: 'review-changed', hidden: true }, 'The text changed since you marked it. Mark it again to confirm your mark.'));
  if (options.shared) {
    item.append(h('p', { class: 'review-theirs' }));
    if (options.secondLine) item.append(h('p', { class: 'review-theirs', 'data-review-second': true }));
    item.append(h('p', { class: 'review-differs', hidden: true }, h('span', { class: 'review-flag', 'aria-hidden': 'true' }, '≠'), ' Your marks differ here.'));
  }
  if (options.editing) item.append(markGroup(name, options), noteField(name, options));
  item.append(h('p', { class: 'review-print' }));
  return item;
}

/** Puts an item under its expectation: inside a bullet (before any list nested in it), or after a paragraph. */
export function placeItem(expectation: PageExpectation, item: HTMLElement): void {
  const { element } = expectation;
  if (element.tagName === 'LI') {
    const nested = element.querySelector(':scope > ul, :scope > ol');
    element.insertBefore(item, nested);
  } else element.after(item);
}
