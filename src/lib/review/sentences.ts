/**
 * The review's sentences that depend on a count or a length ("One mark is…", "3 marks are…"),
 * kept apart from the page code so each wording is tested for one and for several.
 */
import { SHARE_LINK_LIMIT } from './share.ts';

/**
 * Introduces the marks whose text is no longer on the page.
 * @example orphansSentence(2) // '2 marks are for text no longer on this page (the level was reworded):'
 */
export function orphansSentence(count: number): string {
  return `${count === 1 ? 'One mark is' : `${count} marks are`} for text no longer on this page (the level was reworded):`;
}

/** Asks before forgetting those marks. */
export function forgetQuestion(count: number): string {
  return `Forget ${count === 1 ? 'this mark' : `these ${count} marks`}? This cannot be undone.`;
}

/** Says how many of a share link's marks are not shown because their text changed since. */
export function unmatchedSentence(count: number): string {
  return `${count === 1 ? 'One mark' : `${count} marks`} of the link ${count === 1 ? 'is' : 'are'} for text that changed since it was shared, so ${count === 1 ? 'it is' : 'they are'} not shown.`;
}

/** Asks before shared marks replace the reader's own marks on the level. */
export function replaceQuestion(count: number): string {
  return `Replace your ${count} ${count === 1 ? 'mark' : 'marks'} on this level with these?`;
}

/** Why a share link was not copied: its length, past what chat programs and mail reliably keep. */
export function tooLongSentence(length: number): string {
  return `The link would be ${length.toLocaleString('en')} characters long, more than chat programs and mail reliably keep (${SHARE_LINK_LIMIT.toLocaleString('en')}). Shorten some notes, or use Copy as Markdown instead.`;
}
