import { describe, expect, test } from 'vitest';
import { emptyReview, setEntry, type Expectation } from '../../src/lib/review/model.ts';
import { exportSides, forgetEntries, markSentence, markText, reviewFromSide, sideName, withMarkChange } from '../../src/lib/review/sides.ts';
import { forgetQuestion, orphansSentence, replaceQuestion, tooLongSentence, unmatchedSentence } from '../../src/lib/review/sentences.ts';
import { textHash } from '../../src/lib/review/text-hash.ts';

const now = new Date('2026-03-03T10:00:00Z');
const expectation = (id: string, text: string, section = ''): Expectation => ({ id, hash: textHash(text), section, text });
const mentor = expectation('you-mentor', 'You mentor others.', 'People');
const ship = expectation('you-ship', 'You ship often.', 'Delivery');

describe('naming sides and writing marks out', () => {
  test('a side goes by its name, else by the fallback', () => {
    expect(sideName({ name: ' Sam ' }, 'They')).toBe('Sam');
    expect(sideName({ name: '  ' }, 'They')).toBe('They');
    expect(sideName(undefined, 'Second reviewer')).toBe('Second reviewer');
  });

  test('a mark reads as its label, with the note after a dash', () => {
    expect(markText({ mark: 'working' })).toBe('Working on it');
    expect(markText(undefined)).toBe('not marked');
    expect(markSentence({ mark: 'met', note: 'Twice' }, 'Sam')).toBe('Sam: Met — Twice');
    expect(markSentence({ note: 'Ask me' }, 'Mark')).toBe('Mark: not marked — Ask me');
    expect(markSentence(undefined, 'They')).toBe('They: not marked');
  });
});

describe('the check-in column', () => {
  test('a change keeps what it does not name, and drops an expectation left with neither mark nor note', () => {
    const marked = withMarkChange({}, 'aaaaaa', { mark: 'met' });
    expect(marked).toEqual({ aaaaaa: { mark: 'met' } });
    const noted = withMarkChange(marked, 'aaaaaa', { note: 'Twice' });
    expect(noted).toEqual({ aaaaaa: { mark: 'met', note: 'Twice' } });
    expect(withMarkChange(noted, 'aaaaaa', { mark: undefined })).toEqual({ aaaaaa: { note: 'Twice' } });
    expect(withMarkChange({ aaaaaa: { note: 'Twice' } }, 'aaaaaa', { note: '' })).toEqual({});
    // The marks it was given are left as they were.
    expect(marked).toEqual({ aaaaaa: { mark: 'met' } });
  });

  test('a changed mark keeps its place, so the link lists the marks in the same order', () => {
    const marks = withMarkChange({ aaaaaa: { mark: 'met' }, bbbbbb: { mark: 'working' } }, 'aaaaaa', { mark: 'not-yet' });
    expect(Object.keys(marks)).toEqual(['aaaaaa', 'bbbbbb']);
  });
});

describe('the export columns', () => {
  const own = setEntry(emptyReview('a/b', 'B', 2), mentor, { mark: 'met' }, now).entries;
  const sam = { name: 'Sam', date: '2026-03-03', marks: { [ship.hash]: { mark: 'working' as const } } };
  const alex = { name: '', date: '2026-03-05', marks: { [mentor.hash]: { mark: 'not-yet' as const } } };

  test('one\'s own review exports one column of one\'s own marks', () => {
    expect(exportSides(own, undefined, undefined, [mentor, ship])).toEqual([{ label: 'Your mark', entries: own }]);
  });

  test('a shared review exports its marks by id, and the check-in\'s beside them', () => {
    expect(exportSides(own, sam, undefined, [mentor, ship])).toEqual([{ label: 'Sam', entries: { 'you-ship': { mark: 'working' } } }]);
    expect(exportSides(own, sam, alex, [mentor, ship])).toEqual([
      { label: 'Sam', entries: { 'you-ship': { mark: 'working' } } },
      { label: 'Second reviewer', entries: { 'you-mentor': { mark: 'not-yet' } } },
    ]);
  });
});

describe('taking marks over and letting them go', () => {
  test('shared marks replace one\'s own on the expectations they still match, with text and section', () => {
    let review = setEntry(emptyReview('a/b', 'B', 2), mentor, { mark: 'met' }, new Date('2026-01-01T00:00:00Z'));
    review = { ...review, url: 'https://example.com/a/b/' };
    const side = { name: 'Sam', date: '2026-03-03', marks: { [ship.hash]: { mark: 'working' as const, note: 'Mostly' }, zzzzzz: { mark: 'met' as const } } };
    const result = reviewFromSide(review, side, [mentor, ship], now);
    expect(result.entries).toEqual({ 'you-ship': { hash: ship.hash, mark: 'working', note: 'Mostly', text: 'You ship often.', section: 'Delivery' } });
    expect(result.updated).toBe(now.toISOString());
    expect(result.url).toBe('https://example.com/a/b/');
  });

  test('shared marks that match nothing leave no marks and the last change date as it was', () => {
    const review = setEntry(emptyReview('a/b', 'B', 2), mentor, { mark: 'met' }, new Date('2026-01-01T00:00:00Z'));
    const result = reviewFromSide(review, { name: '', date: '2026-03-03', marks: {} }, [mentor, ship], now);
    expect(result.entries).toEqual({});
    expect(result.updated).toBe('2026-01-01T00:00:00.000Z');
  });

  test('forgetting drops exactly the named entries', () => {
    let review = setEntry(emptyReview('a/b', 'B', 2), mentor, { mark: 'met' }, now);
    review = setEntry(review, { id: 'gone', hash: 'zzzzzz' }, { mark: 'working', note: 'Old' }, now);
    expect(Object.keys(forgetEntries(review, ['gone'], now).entries)).toEqual(['you-mentor']);
    expect(forgetEntries(review, [], now)).toBe(review);
  });
});

describe('sentences that count', () => {
  test('say one, or the number, and agree with it', () => {
    expect(orphansSentence(1)).toBe('One mark is for text no longer on this page (the level was reworded):');
    expect(orphansSentence(3)).toBe('3 marks are for text no longer on this page (the level was reworded):');
    expect(forgetQuestion(1)).toBe('Forget this mark? This cannot be undone.');
    expect(forgetQuestion(2)).toBe('Forget these 2 marks? This cannot be undone.');
    expect(unmatchedSentence(1)).toBe('One mark of the link is for text that changed since it was shared, so it is not shown.');
    expect(unmatchedSentence(4)).toBe('4 marks of the link are for text that changed since it was shared, so they are not shown.');
    expect(replaceQuestion(1)).toBe('Replace your 1 mark on this level with these?');
    expect(replaceQuestion(5)).toBe('Replace your 5 marks on this level with these?');
  });

  test('give a too-long link\'s length and the limit with thousands separators', () => {
    expect(tooLongSentence(4321)).toBe(
      'The link would be 4,321 characters long, more than chat programs and mail reliably keep (4,000). Shorten some notes, or use Copy as Markdown instead.',
    );
  });
});
