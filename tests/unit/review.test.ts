import { describe, expect, test } from 'vitest';
import { textHash, normaliseText } from '../../src/lib/review/text-hash.ts';
import { parseCsv } from '../support/csv.ts';
import {
  agreement,
  agreementText,
  emptyReview,
  NOTE_LIMIT,
  progress,
  progressText,
  readReview,
  reconcile,
  sectionProgress,
  setEntry,
  storageKey,
  writeReview,
  type Expectation,
  type Mark,
} from '../../src/lib/review/model.ts';
import { decodeShare, encodeShare, localDay, marksByHash, marksById, SHARE_LINK_LIMIT, shareLink, sideTitle, type ShareSide } from '../../src/lib/review/share.ts';
import { renderLevelMarkdown } from '../support/markdown.ts';
import { csvField, exportFileName, reviewCsv, reviewMarkdown, type ExportInput } from '../../src/lib/review/export.ts';

const now = new Date('2026-03-03T10:00:00Z');
const expectation = (id: string, text: string, section = ''): Expectation => ({ id, hash: textHash(text), section, text });

describe('text hash', () => {
  test('is six base-36 characters, the same for the same text, whitespace and Unicode form aside', () => {
    const hash = textHash('You mentor others.');
    expect(hash).toMatch(/^[0-9a-z]{6}$/);
    expect(textHash('  You   mentor\nothers. ')).toBe(hash);
    expect(textHash('Cafe\u0301 culture')).toBe(textHash('Café culture'));
    expect(normaliseText(' a \n b ')).toBe('a b');
  });

  test('changes when the wording changes', () => {
    expect(textHash('You mentor others.')).not.toBe(textHash('You mentor other people.'));
    const hashes = new Set(Array.from({ length: 2000 }, (_, index) => textHash(`Expectation number ${index}`)));
    expect(hashes.size).toBe(2000);
  });
});

describe('text hashes in the page', () => {
  test('each paragraph and bullet carries the hash of its own text (a bullet without its nested list); headings none', async () => {
    const { html } = await renderLevelMarkdown('## Delivery\n\nYou ship *often*.\n\n- Owns releases\n  - Writes notes');
    expect(html).toContain(`data-h="${textHash('You ship often.')}"`);
    expect(html).toContain(`data-h="${textHash('Owns releases')}"`);
    expect(html).toContain(`data-h="${textHash('Writes notes')}"`);
    expect(html).toMatch(/<h2 id="delivery">/);
  });
});

describe('stored marks', () => {
  const mentor = expectation('you-mentor-others', 'You mentor others.');
  const share = expectation('you-share-knowledge', 'You share knowledge.');

  test('keys are namespaced by the base path', () => {
    expect(storageKey('/', 'web-operations/senior')).toBe('career-ladder-review:/:web-operations/senior');
    expect(storageKey('/ladder/', 'web-operations/senior')).toBe('career-ladder-review:/ladder/:web-operations/senior');
  });

  test('round-trip through the stored format with the version, marks, notes and text hashes', () => {
    let review = emptyReview('web-operations/senior', 'Senior Engineer', 2);
    review = setEntry(review, mentor, { mark: 'met', note: 'Mentored two juniors' }, now);
    review = setEntry(review, share, { mark: 'working' }, now);
    const stored = writeReview(review);
    expect(JSON.parse(stored)).toMatchObject({ version: 1, level: 'web-operations/senior', updated: now.toISOString() });
    const { review: read, problem } = readReview(stored, 'web-operations/senior', 'Senior Engineer', 2);
    expect(problem).toBeUndefined();
    expect(read).toEqual(review);
    expect(read.entries['you-mentor-others']).toEqual({ hash: mentor.hash, mark: 'met', note: 'Mentored two juniors', text: 'You mentor others.' });
  });

  test('clearing both mark and note drops the entry; notes are cut at the limit', () => {
    let review = setEntry(emptyReview('a/b', 'B', 1), mentor, { mark: 'met' }, now);
    review = setEntry(review, mentor, { mark: undefined }, now);
    expect(review.entries).toEqual({});
    review = setEntry(review, mentor, { note: 'x'.repeat(NOTE_LIMIT + 20) }, now);
    expect(review.entries['you-mentor-others']!.note).toHaveLength(NOTE_LIMIT);
  });

  test('nothing stored gives an empty review and no message', () => {
    expect(readReview(null, 'a/b', 'B', 3)).toEqual({ review: emptyReview('a/b', 'B', 3) });
  });

  test.each([
    ['corrupt', '{"version":1,"entries":', /could not be read/],
    ['foreign', '"hello"', /not a self-review this site saved/],
    ['foreign object', '{"marks":[]}', /not a self-review this site saved/],
    ['newer', '{"version":2,"entries":{}}', /newer version/],
    ['outdated', '{"version":0,"entries":{}}', /old format/],
  ])('%s data gives a polite message and an empty review, never an error', (_, raw, message) => {
    const { review, problem } = readReview(raw, 'a/b', 'B', 3);
    expect(problem).toMatch(message);
    expect(review.entries).toEqual({});
  });

  test('keeps the entries it can read and says how many it ignored', () => {
    const raw = JSON.stringify({
      version: 1,
      entries: { good: { hash: 'abc123', mark: 'met' }, bad: { hash: 'abc123', mark: 'excellent' }, worse: 'met' },
    });
    const { review, problem } = readReview(raw, 'a/b', 'B', 3);
    expect(Object.keys(review.entries)).toEqual(['good']);
    expect(problem).toBe('2 saved marks for this level could not be read and are ignored.');
  });

  test('notices changed text and lists marks whose expectation disappeared', () => {
    let review = emptyReview('a/b', 'B', 2);
    review = setEntry(review, mentor, { mark: 'met' }, now);
    review = setEntry(review, share, { mark: 'not-yet', note: 'next quarter' }, now);
    review = setEntry(review, { id: 'gone', hash: 'zzzzzz' }, { mark: 'working' }, now);
    const reworded = { ...share, hash: textHash('You share knowledge widely.') };
    const { changed, orphans } = reconcile(review, [mentor, reworded]);
    expect([...changed]).toEqual(['you-share-knowledge']);
    expect(orphans).toEqual([{ id: 'gone', entry: { hash: 'zzzzzz', mark: 'working' } }]);
    // An entry remembers the text and section it was marked against, for exports away from the page.
    const sectioned = setEntry(review, expectation('ownership-you-own', 'You own it.', 'Ownership'), { mark: 'met' }, now);
    expect(sectioned.entries['ownership-you-own']).toEqual({ hash: textHash('You own it.'), mark: 'met', text: 'You own it.', section: 'Ownership' });
    expect(readReview(writeReview(sectioned), 'a/b', 'B', 2).review.entries['ownership-you-own']).toEqual(sectioned.entries['ownership-you-own']);
    // Marking again takes the new wording's hash.
    const again = setEntry(review, reworded, { mark: 'met' }, now);
    expect(reconcile(again, [mentor, reworded]).changed.size).toBe(0);
  });

  test('progress counts marked and met expectations', () => {
    const entries = { a: { mark: 'met' as Mark }, b: { mark: 'working' as Mark }, c: {} };
    const result = progress([{ id: 'a' }, { id: 'b' }, { id: 'c' }, { id: 'd' }], entries);
    expect(result).toEqual({ total: 4, marked: 2, met: 1 });
    expect(progressText({ total: 14, marked: 7, met: 4 })).toBe('7 of 14 expectations marked, 4 met');
    expect(progressText({ total: 1, marked: 0, met: 0 })).toBe('0 of 1 expectation marked, 0 met');
  });

  test('progress by section follows the page order and leaves out what comes before the first heading', () => {
    const expectations = [
      { id: 'intro', section: '' },
      { id: 'a', section: 'Delivery' },
      { id: 'b', section: 'Delivery › Incidents' },
      { id: 'c', section: 'Delivery' },
    ];
    const entries = { intro: { mark: 'met' as Mark }, a: { mark: 'met' as Mark }, b: { mark: 'not-yet' as Mark } };
    expect(sectionProgress(expectations, entries)).toEqual([
      'Delivery: 1 of 2 expectations marked, 1 met',
      'Delivery › Incidents: 1 of 1 expectation marked, 0 met',
    ]);
    expect(sectionProgress([{ id: 'intro', section: '' }], entries)).toEqual([]);
  });

  test('two people agree, differ, or only one of them marked', () => {
    const result = agreement(
      ['a', 'b', 'c', 'd'],
      { a: { mark: 'met' }, b: { mark: 'met' }, c: { mark: 'working' } },
      { a: { mark: 'met' }, b: { mark: 'not-yet' } },
    );
    expect(result.agree).toBe(1);
    expect([...result.differ]).toEqual(['b']);
    expect(agreementText(result)).toBe('You agree on 1, differ on 1. 1 marked by only one of you.');
  });
});

describe('share links', () => {
  /** 30 expectations as a real level has them: hashes of distinct sentences. */
  const hashes = Array.from({ length: 30 }, (_, index) => textHash(`You do expectation number ${index} of the level well.`));
  const marks: Mark[] = ['met', 'working', 'not-yet'];
  const side = (withNotes: boolean): ShareSide => ({
    name: 'Sam',
    date: '2026-03-03',
    marks: Object.fromEntries(
      hashes.map((hash, index) => [
        hash,
        {
          mark: marks[index % 3]!,
          ...(withNotes ? { note: `Led the migration of service ${index} to the new platform; see the Q${(index % 4) + 1} retro.` } : {}),
        },
      ]),
    ),
  });
  const link = async (sides: ShareSide[]) => `https://ladder.example.com/web-operations/senior/#${await encodeShare(sides)}`;

  test('round-trip one and two sides with marks, notes, names and dates', async () => {
    const sides = [side(true), { name: 'Alex', date: '2026-03-05', marks: { [hashes[0]!]: { mark: 'working' as Mark, note: 'Let’s talk — “really”? 🙂' } } }];
    const fragment = await encodeShare(sides);
    expect(fragment).toMatch(/^review=1\.[A-Za-z0-9_-]+$/);
    expect(await decodeShare(`#${fragment}`)).toEqual({ sides });
  });

  test('marks alone for 30 expectations fit in under 500 characters', async () => {
    const fragment = await encodeShare([side(false)]);
    expect(fragment.length).toBeLessThan(500);
  });

  test('30 expectations with a note each stay well within the link limit', async () => {
    const url = await link([side(true)]);
    expect(url.length).toBeLessThan(SHARE_LINK_LIMIT);
    expect(url.length).toBeLessThan(1500);
  });

  test('a link that would pass 4,000 characters is refused with its length (long, varied notes)', async () => {
    // Notes that compress poorly: 45 expectations, each with 500 characters of varied text.
    let seed = 7;
    const word = () => {
      seed = (seed * 1103515245 + 12345) % 2147483648;
      return seed.toString(36).slice(0, 3 + (seed % 6));
    };
    const note = () => Array.from({ length: 120 }, word).join(' ').slice(0, 500);
    const marks = Object.fromEntries(Array.from({ length: 45 }, (_, index) => [textHash(`Expectation ${index}`), { mark: 'met' as Mark, note: note() }]));
    const result = shareLink('https://ladder.example.com/web-operations/senior/', await encodeShare([{ name: 'Sam', date: '2026-03-03', marks }]));
    expect(result).toEqual({ tooLong: expect.any(Number) });
    expect('tooLong' in result && result.tooLong).toBeGreaterThan(SHARE_LINK_LIMIT);
    expect(shareLink('https://ladder.example.com/a/b/#old', 'review=1.abc')).toEqual({ link: 'https://ladder.example.com/a/b/#review=1.abc' });
  });

  test.each([
    ['not a share link', '#ownership', /incomplete or damaged/],
    ['damaged data', '#review=1.AAAA', /incomplete or damaged/],
    ['not base64', '#review=1.%%%', /incomplete or damaged/],
    ['another version', '#review=7.AAAA', /another version/],
  ])('%s gives a polite problem, never an error', async (_, fragment, message) => {
    const result = await decodeShare(fragment);
    expect('problem' in result && result.problem).toMatch(message);
  });

  test('marks travel by the hash of their text and land on the expectation that reads so now', () => {
    const mentor = expectation('you-mentor', 'You mentor others.');
    const reworded = expectation('you-share', 'You share knowledge widely.');
    let review = setEntry(emptyReview('a/b', 'B', 2), mentor, { mark: 'met', note: 'Two juniors' }, now);
    review = setEntry(review, { ...reworded, hash: textHash('You share knowledge.') }, { mark: 'working' }, now);
    review = setEntry(review, { id: 'gone', hash: 'zzzzzz' }, { mark: 'met' }, now);
    const marks = marksByHash(review.entries, [mentor, reworded]);
    // The vanished expectation is left out; the reworded one travels with the hash it was marked against.
    expect(marks).toEqual({ [mentor.hash]: { mark: 'met', note: 'Two juniors' }, [textHash('You share knowledge.')]: { mark: 'working' } });
    // On the page as it reads now, only the unchanged text matches.
    expect(marksById({ name: '', date: '2026-03-03', marks }, [mentor, reworded])).toEqual({ 'you-mentor': { mark: 'met', note: 'Two juniors' } });
    expect(localDay(new Date(2026, 2, 3, 23, 30))).toBe('2026-03-03');
  });

  test('says whose marks and of when', () => {
    expect(sideTitle({ name: 'Sam', date: '2026-03-03' })).toBe('Sam’s marks of 3 March 2026');
    expect(sideTitle({ name: 'Chris', date: '2026-03-03' })).toBe('Chris’ marks of 3 March 2026');
    expect(sideTitle({ name: ' ', date: '2026-12-01' })).toBe('Marks of 1 December 2026');
  });
});

describe('exports', () => {
  const input: ExportInput = {
    title: 'Senior Engineer',
    url: 'https://ladder.example.com/web-operations/senior/',
    rows: [
      { id: 'you-mentor', url: 'https://ladder.example.com/web-operations/senior/#you-mentor', section: '', text: 'You mentor others.' },
      { id: 'ownership-you-own', url: 'https://ladder.example.com/web-operations/senior/#ownership-you-own', section: 'Ownership', text: 'You own "the" services, fully.' },
    ],
    sides: [{ label: 'Your mark', entries: { 'you-mentor': { mark: 'met', note: 'Two juniors,\nboth promoted' } } }],
  };

  test('Markdown holds the title, the address, each expectation quoted with its permalink, the marks and notes', () => {
    const markdown = reviewMarkdown(input);
    expect(markdown).toContain('# Self-review: Senior Engineer\n\n<https://ladder.example.com/web-operations/senior/>');
    expect(markdown).toContain('> You mentor others.\n> — <https://ladder.example.com/web-operations/senior/#you-mentor>\n\n- **Met** — Two juniors,  \n  both promoted');
    expect(markdown).toContain('## Ownership\n\n> You own "the" services, fully.');
    expect(markdown).toContain('- **Not marked**');
  });

  test('with two sides, each line names whose mark it is', () => {
    const markdown = reviewMarkdown({ ...input, sides: [{ label: 'Sam', entries: { 'you-mentor': { mark: 'met' } } }, { label: 'Alex', entries: { 'you-mentor': { mark: 'working' } } }] });
    expect(markdown).toContain('- **Sam: Met**\n- **Alex: Working on it**');
  });

  test('CSV quotes as RFC 4180 says and parses back to the same fields', () => {
    const csv = reviewCsv(input);
    const lines = csv.split('\r\n');
    expect(lines[0]).toBe('id,URL,section,text,mark,note');
    expect(csv).toContain('"You own ""the"" services, fully."');
    expect(csv).toContain('"Two juniors,\nboth promoted"');
    expect(csv.endsWith('\r\n')).toBe(true);
    expect(parseCsv(csv)).toEqual([
      ['id', 'URL', 'section', 'text', 'mark', 'note'],
      ['you-mentor', input.rows[0]!.url, '', 'You mentor others.', 'Met', 'Two juniors,\nboth promoted'],
      ['ownership-you-own', input.rows[1]!.url, 'Ownership', 'You own "the" services, fully.', '', ''],
    ]);
  });

  test('CSV fields a spreadsheet would run as formulas are defused', () => {
    expect(csvField('=HYPERLINK("x")')).toBe(`"'=HYPERLINK(""x"")"`);
    expect(csvField('plain')).toBe('plain');
  });

  test('two sides give a mark and note column each', () => {
    const csv = reviewCsv({ ...input, sides: [{ label: 'Sam', entries: {} }, { label: 'Alex', entries: {} }] });
    expect(csv.split('\r\n')[0]).toBe('id,URL,section,text,mark (Sam),note (Sam),mark (Alex),note (Alex)');
  });

  test('file names come from the level id', () => {
    expect(exportFileName('web-operations/senior', 'csv')).toBe('self-review-web-operations-senior.csv');
  });
});

