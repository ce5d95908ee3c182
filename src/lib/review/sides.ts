/**
 * The columns a review shows: the reviewed person's marks and, in a check-in, a second reviewer's
 * beside them. Pure helpers for what each side is called, a mark written out as text, a change to
 * the check-in column, the export's columns and shared marks taken over as one's own. The browser
 * code (src/browser/review/) puts the results on the page.
 */
import type { ExportSide } from './export.ts';
import { MARK_LABELS, setEntry, type Expectation, type LevelReview, type Mark } from './model.ts';
import { marksById, type ShareSide } from './share.ts';

/** One expectation's mark and note on one side; undefined when that side left it alone. */
type SideMark = { mark?: Mark; note?: string } | undefined;

/**
 * What a side is called in lines and exports: its name, else `fallback`.
 * @example sideName({ name: '  ' }, 'They') // 'They'
 */
export function sideName(side: Pick<ShareSide, 'name'> | undefined, fallback: string): string {
  return side?.name.trim() || fallback;
}

/**
 * A side's mark as a word or two, for the lines under each expectation.
 * @example markText({ mark: 'working' }) // 'Working on it'
 */
export function markText(side: SideMark): string {
  return side?.mark ? MARK_LABELS[side.mark] : 'not marked';
}

/**
 * Who marked what, as one line of text: what print shows under an expectation.
 * @example markSentence({ mark: 'met', note: 'Twice' }, 'Sam') // 'Sam: Met — Twice'
 */
export function markSentence(side: SideMark, who: string): string {
  return `${who}: ${markText(side)}${side?.note ? ` — ${side.note}` : ''}`;
}

/**
 * A check-in column's marks (by text hash) with one expectation's mark or note changed; a key left
 * out of `change` keeps its value, and an expectation with neither is dropped.
 */
export function withMarkChange(
  marks: ShareSide['marks'],
  hash: string,
  change: { mark?: Mark | undefined; note?: string },
): ShareSide['marks'] {
  const previous = marks[hash] ?? {};
  const mark = 'mark' in change ? change.mark : previous.mark;
  const note = 'note' in change ? change.note : previous.note;
  const next = { ...marks };
  if (mark || note) next[hash] = { ...(mark ? { mark } : {}), ...(note ? { note } : {}) };
  else delete next[hash];
  return next;
}

/**
 * The export's columns: one's own marks ("Your mark"), or a shared review's marks with the
 * check-in's beside them when there is one.
 */
export function exportSides(
  own: LevelReview['entries'],
  shared: ShareSide | undefined,
  checkin: ShareSide | undefined,
  expectations: readonly Pick<Expectation, 'id' | 'hash'>[],
): ExportSide[] {
  if (!shared) return [{ label: 'Your mark', entries: own }];
  const sides: ExportSide[] = [{ label: sideName(shared, 'Shared'), entries: marksById(shared, expectations) }];
  if (checkin) sides.push({ label: sideName(checkin, 'Second reviewer'), entries: marksById(checkin, expectations) });
  return sides;
}

/**
 * The review with its marks replaced by a shared side's, on the expectations the side's marks
 * still match; the level's other details are kept.
 */
export function reviewFromSide(review: LevelReview, side: ShareSide, expectations: readonly Expectation[], now: Date): LevelReview {
  let result: LevelReview = { ...review, entries: {} };
  const marks = marksById(side, expectations);
  for (const expectation of expectations) {
    const found = marks[expectation.id];
    if (found) result = setEntry(result, expectation, { mark: found.mark, note: found.note }, now);
  }
  return result;
}

/** The review without the entries of these ids (marks whose expectation left the page). */
export function forgetEntries(review: LevelReview, ids: readonly string[], now: Date): LevelReview {
  let result = review;
  for (const id of ids) result = setEntry(result, { id, hash: '' }, { mark: undefined, note: undefined }, now);
  return result;
}
