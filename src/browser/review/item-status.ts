// What the lines under one expectation say after any change: whether its text changed since it
// was marked, each side's mark and note on a shared review, whether the two sides differ there,
// and the plain-text line print shows in place of the controls (mark-form.ts makes the lines).
import type { Mark } from '../../lib/review/model.ts';
import type { ShareSide } from '../../lib/review/share.ts';
import { markSentence, markText, sideName } from '../../lib/review/sides.ts';
import { h } from './dom.ts';

/** One side's mark and note on this expectation; undefined when that side left it alone. */
type SideMark = { mark?: Mark; note?: string } | undefined;

export interface ItemStatus {
  /** Its text changed since the reader marked it. */
  changed: boolean;
  /** The shared review's side and its marks here, when marks from a share link are shown. */
  theirs: { side: Pick<ShareSide, 'name'>; marks: SideMark } | undefined;
  /** The check-in column's side beside a shared review, if any (for its name). */
  checkin: Pick<ShareSide, 'name'> | undefined;
  /** The reader's marks here: their own, or the check-in column's beside a shared review. */
  mine: SideMark;
  /** Both sides marked it, differently. */
  differs: boolean;
}

/** "Sam: **Met** — note", with the mark in bold. */
const line = (marks: SideMark, who: string) => [`${who}: `, h('strong', {}, markText(marks)), marks?.note ? ` — ${marks.note}` : ''];

/** Brings one expectation's item up to date. */
export function showItemStatus(item: HTMLElement, { changed, theirs, checkin, mine, differs }: ItemStatus): void {
  (item.querySelector('.review-changed') as HTMLElement).hidden = !changed;
  item.querySelector('.review-theirs:not([data-review-second])')?.replaceChildren(...line(theirs?.marks, sideName(theirs?.side, 'They')));
  item.querySelector('[data-review-second]')?.replaceChildren(...line(mine, sideName(checkin, 'Second reviewer')));
  item.classList.toggle('review-differ', differs);
  const flag = item.querySelector<HTMLElement>('.review-differs');
  if (flag) flag.hidden = !differs;
  const printed = theirs
    ? [markSentence(theirs.marks, sideName(theirs.side, 'Shared')), checkin ? markSentence(mine, sideName(checkin, 'Second reviewer')) : '']
    : [markSentence(mine, 'Mark')];
  item.querySelector('.review-print')!.textContent = printed.filter(Boolean).join('. ');
}
