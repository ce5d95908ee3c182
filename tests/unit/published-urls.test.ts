import { describe, expect, test } from 'vitest';
import { formatMissingUrls, liveUrlsOf, looksLikeAnotherLadder, missingUrls, parseRecord, recordLinesOf, updatedRecord } from '../../src/lib/published-urls.ts';
import type { LadderJson } from '../../src/lib/ladder-json.ts';

const home = 'https://ladder.example.com/ladder/';

/** A built site with one track: Senior Engineer (once called "mid") with two paragraphs and a section with a bullet. */
function site(): LadderJson {
  const senior = {
    id: 'ops/senior',
    slug: 'senior',
    title: 'Senior Engineer',
    rank: 2,
    summary: 'You work alone.',
    tbd: false,
    url: `${home}ops/senior/`,
    next: [],
    previous: [],
    aliases: [`${home}ops/mid/`],
    paragraphs: [
      { id: 'you-work-alone', text: 'You work alone.', url: `${home}ops/senior/#you-work-alone` },
      { id: 'you-mentor', text: 'You mentor.', url: `${home}ops/senior/#you-mentor` },
    ],
    expectations: [
      { id: 'you-work-alone', kind: 'paragraph' as const, text: 'You work alone.', url: `${home}ops/senior/#you-work-alone` },
      { id: 'you-mentor', kind: 'paragraph' as const, text: 'You mentor.', url: `${home}ops/senior/#you-mentor` },
      { id: 'ownership', kind: 'heading' as const, text: 'Ownership', url: `${home}ops/senior/#ownership` },
      { id: 'ownership-on-call', kind: 'item' as const, section: 'Ownership', text: 'On call.', url: `${home}ops/senior/#ownership-on-call` },
    ],
  };
  return {
    schemaVersion: 1,
    site: home,
    built: '2026-01-01T00:00:00.000Z',
    tracks: [{ id: 'ops', title: 'Ops', description: 'Ops.', url: `${home}ops/`, levels: [senior] }],
    urls: [home, `${home}ops/`, `${home}ops/senior/`, `${home}ops/compare/`, `${home}ops/compare/junior...senior/`],
  };
}

describe('the published-URL check', () => {
  test('passes when every recorded page and paragraph is still there', () => {
    const recorded = ['/', '/ops/', '/ops/senior/', '/ops/senior/#you-work-alone', '/ops/compare/'];
    expect(missingUrls(recorded, liveUrlsOf(site()))).toEqual([]);
  });

  test('an old address listed as an alias keeps its pages and paragraphs working', () => {
    expect(missingUrls(['/ops/mid/', '/ops/mid/#you-mentor'], liveUrlsOf(site()))).toEqual([]);
  });

  test('a removed level URL without an alias fails with a message naming it and the fix', () => {
    const missing = missingUrls(['/ops/senior/', '/ops/junior/', '/ops/junior/#you-learn'], liveUrlsOf(site()));
    expect(missing.map((entry) => entry.url)).toEqual(['/ops/junior/', '/ops/junior/#you-learn']);
    const message = formatMissingUrls(missing, 'content/published-urls.txt');
    expect(message).toContain('2 published URLs of content/published-urls.txt would stop working');
    expect(message).toContain('/ops/junior/\n  no page has this address any more.\n  How to fix: If the level was renamed or moved, add its old address to the level\'s `aliases`, e.g. `aliases: junior`');
    expect(message).toContain('/ops/junior/#you-learn\n');
    expect(message).toContain('delete its line from content/published-urls.txt');
  });

  test("a record of another ladder (every recorded level page gone) says so, and how to start a fresh record", () => {
    // The sample's record, kept after content/ was replaced with a ladder of its own.
    const recorded = ['/', '/web-operations/', '/web-operations/junior/', '/web-operations/junior/#you-learn', '/web-operations/senior/', '/management/manager/'];
    const missing = missingUrls(recorded, liveUrlsOf(site()));
    expect(missing.map((entry) => entry.url)).toEqual(recorded.slice(1));
    const message = formatMissingUrls(missing, 'content/published-urls.txt', recorded);
    expect(message).toContain('5 published URLs of content/published-urls.txt would stop working');
    expect(message).toContain("This looks like a new ladder: content/published-urls.txt records another ladder's addresses");
    expect(message).toContain(
      'start a fresh record: delete content/published-urls.txt; once your site is live, run `npm run urls:publish` and commit the record it writes.',
    );
    // Every URL is still listed, for the case where it is the same ladder after all.
    expect(message).toContain('/web-operations/junior/#you-learn\n');
    expect(message.trimEnd().split('\n').at(-1)).toBe(
      'If this is a new ladder, start a fresh record: delete content/published-urls.txt, then run `npm run urls:publish` once the site is live.',
    );
    // The advice comes before the list, right under the first line.
    expect(message.indexOf('This looks like a new ladder')).toBeLessThan(message.indexOf('/web-operations/junior/\n'));
  });

  test('a ladder that lost a few of its levels is not taken for a new one', () => {
    const recorded = ['/ops/senior/', '/ops/junior/', '/ops/junior/#you-learn'];
    const missing = missingUrls(recorded, liveUrlsOf(site()));
    expect(looksLikeAnotherLadder(recorded, missing)).toBe(false);
    expect(formatMissingUrls(missing, 'content/published-urls.txt', recorded)).not.toContain('new ladder');
    // Most of them: four of five level pages gone is a new ladder; three of five is not.
    const levels = ['/a/1/', '/a/2/', '/a/3/', '/a/4/', '/a/5/'];
    expect(looksLikeAnotherLadder(levels, levels.slice(1).map((url) => ({ url })))).toBe(true);
    expect(looksLikeAnotherLadder(levels, levels.slice(2).map((url) => ({ url })))).toBe(false);
    // Without the record's URLs (older callers) the message is as before.
    expect(formatMissingUrls(missing, 'content/published-urls.txt')).not.toContain('new ladder');
  });

  test("a track's own page that is gone is not taken for a level to alias", () => {
    const [missing] = missingUrls(['/ops/all/'], liveUrlsOf(site()));
    expect(missing!.fix).toBe('Restore the page, or point an alias at the page that replaces it.');
  });

  test('a paragraph whose id changed fails, naming the id and how to keep it', () => {
    const [missing, ...rest] = missingUrls(['/ops/senior/#you-are-a-mentor'], liveUrlsOf(site()));
    expect(rest).toEqual([]);
    expect(missing).toEqual({
      url: '/ops/senior/#you-are-a-mentor',
      reason: 'the page /ops/senior/ has no paragraph, bullet or heading with the id "you-are-a-mentor" any more.',
      fix: 'End the paragraph, bullet or heading that replaced it with {#you-are-a-mentor} to keep its old id.',
    });
  });

  test('a bullet or heading whose id changed fails like a paragraph', () => {
    expect(missingUrls(['/ops/senior/#ownership', '/ops/senior/#ownership-on-call'], liveUrlsOf(site()))).toEqual([]);
    expect(missingUrls(['/ops/senior/#ownership-on-call-duty'], liveUrlsOf(site())).map((entry) => entry.url)).toEqual(['/ops/senior/#ownership-on-call-duty']);
  });

  test('recording lists every page, paragraph, bullet and heading under the base path, but not the pages of single pairs', () => {
    expect(recordLinesOf(site())).toEqual([
      '/',
      '/ops/',
      '/ops/senior/',
      '/ops/compare/',
      '/ops/senior/#you-work-alone',
      '/ops/senior/#you-mentor',
      '/ops/senior/#ownership',
      '/ops/senior/#ownership-on-call',
    ]);
  });

  test('recording again keeps every URL recorded before, even one the site no longer has', () => {
    const text = updatedRecord(['/ops/junior/', '/ops/'], ['/', '/ops/']);
    expect(parseRecord(text)).toEqual(['/', '/ops/', '/ops/junior/']);
    expect(text.startsWith('# ')).toBe(true);
  });
});
