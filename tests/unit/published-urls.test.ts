import { describe, expect, test } from 'vitest';
import { formatMissingUrls, liveUrlsOf, missingUrls, parseRecord, recordLinesOf, updatedRecord } from '../../src/lib/published-urls.ts';
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
