import { describe, expect, test } from 'vitest';
import {
  compareHits,
  filtersFromSearch,
  matchesTerm,
  pagefindQuery,
  resultsMessage,
  resultUrl,
  searchPageUrl,
  sectionOf,
  shapeQuery,
  suggestedQueries,
  suggestionsFor,
  toHit,
  type PagefindResultData,
} from '../../src/lib/search-results.ts';

/** A Pagefind result for a page whose text is `text`, its words matched at `locations`. */
function result(text: string, locations: number[], anchors: PagefindResultData['anchors'] = [], weights: Record<number, number> = {}): PagefindResultData {
  return {
    url: '/ladder/eng/l3/?pagefind-highlight=x',
    content: text,
    meta: { title: 'Senior Engineer', track: 'Engineering', rank: '3' },
    anchors,
    weighted_locations: locations.map((location) => ({ location, weight: weights[location] ?? 1 })),
  };
}

const COMPOUNDS = { oncall: 'on-call', selfstudy: 'self-study', xray: 'x-ray', endtoend: 'end-to-end', followup: 'follow-up' };

describe('query shaping', () => {
  test('reads "on call", "oncall" and "on-call" as the compound the ladder writes', () => {
    expect(shapeQuery('on call', COMPOUNDS)).toEqual({ terms: ['on-call'], ignored: [] });
    expect(shapeQuery('oncall', COMPOUNDS)).toEqual({ terms: ['on-call'], ignored: [] });
    expect(shapeQuery('On-call', COMPOUNDS)).toEqual({ terms: ['On-call'], ignored: [] });
    expect(shapeQuery('self study', COMPOUNDS).terms).toEqual(['self-study']);
    expect(shapeQuery('end to end tests', COMPOUNDS).terms).toEqual(['end-to-end', 'tests']);
    expect(shapeQuery('x ray of a request', COMPOUNDS)).toEqual({ terms: ['x-ray', 'request'], ignored: ['of', 'a'] });
  });

  test('keeps a hyphenated word whole, with a capital or a single letter ("X-ray", "end-to-end"): Pagefind searches its letters', () => {
    expect(shapeQuery('X-ray')).toEqual({ terms: ['X-ray'], ignored: [] });
    expect(shapeQuery('end-to-end')).toEqual({ terms: ['end-to-end'], ignored: [] });
    expect(pagefindQuery(shapeQuery('end-to-end test coverage'))).toBe('end-to-end test coverage');
  });

  test('does not join words into a compound the ladder does not have', () => {
    expect(shapeQuery('capacity planning', COMPOUNDS).terms).toEqual(['capacity', 'planning']);
    expect(shapeQuery('on call', {})).toEqual({ terms: ['call'], ignored: ['on'] });
  });

  test('leaves out stop words and the words that only ask a question', () => {
    expect(shapeQuery('Who owns mentoring?')).toEqual({ terms: ['mentoring'], ignored: ['Who', 'owns'] });
    expect(shapeQuery('Which level is responsible for capacity planning?')).toEqual({
      terms: ['capacity', 'planning'],
      ignored: ['Which', 'level', 'is', 'responsible', 'for'],
    });
    expect(shapeQuery('what do I need for self-study').terms).toEqual(['self-study']);
    expect(shapeQuery('who handles on call?', COMPOUNDS)).toEqual({ terms: ['on-call'], ignored: ['who', 'handles'] });
    expect(shapeQuery('trade-offs in plain language')).toEqual({ terms: ['trade-offs', 'plain', 'language'], ignored: ['in'] });
  });

  test('leaves out single letters, but searches a query as typed when nothing else is left', () => {
    expect(shapeQuery('x ray').terms).toEqual(['ray']);
    expect(shapeQuery('who is it?')).toEqual({ terms: ['who', 'is', 'it'], ignored: [] });
    expect(shapeQuery('mentoring?')).toEqual({ terms: ['mentoring'], ignored: [] });
    expect(shapeQuery('  capacity   planning ')).toEqual({ terms: ['capacity', 'planning'], ignored: [] });
    expect(shapeQuery('mentoring Mentoring').terms).toEqual(['mentoring']);
  });
});

describe('what counts as a match', () => {
  test('a word the searched one starts, or a word of the same stem', () => {
    expect(matchesTerm('mentoring', 'ment')).toBe(true);
    expect(matchesTerm('mentoring', 'mentor')).toBe(true);
    expect(matchesTerm('mentor', 'mentoring')).toBe(true);
    expect(matchesTerm('studies', 'study')).toBe(true);
    expect(matchesTerm('Self-study,', 'self-study')).toBe(true);
    expect(matchesTerm('X-ray', 'xray')).toBe(true);
    expect(matchesTerm('escalate', 'escalation')).toBe(true);
  });

  test('not a shorter word Pagefind fell back to, nor the part of a compound a word merely starts', () => {
    expect(matchesTerm('to', 'tomato')).toBe(false);
    expect(matchesTerm('care', 'career')).toBe(false);
    expect(matchesTerm('and', 'andromeda')).toBe(false);
    expect(matchesTerm('on', 'oncall')).toBe(false);
    expect(matchesTerm('mentor', 'mentorship')).toBe(false);
    expect(matchesTerm('on-call', 'one')).toBe(false);
    expect(matchesTerm('on-call', 'call')).toBe(true);
  });
});

describe('search results', () => {
  // Words: 0 You 1 lead. 2 Ownership 3 You 4 own … 8 team 9 runs. 10 Share 11 on-call … 16 team.
  // 17 Mentoring 18 You … 22 on-call.
  const anchors = [
    { element: 'p', id: 'intro', location: 0, text: 'You lead.' },
    { element: 'h2', id: 'ownership', location: 2, text: 'Ownership ' },
    { element: 'p', id: 'ownership-you-own', location: 3 },
    { element: 'li', id: 'ownership-on-call', location: 10 },
    { element: 'span', id: 'not-a-block', location: 12 },
    { element: 'h2', id: 'mentoring', location: 17, text: 'Mentoring' },
    { element: 'p', id: 'mentoring-you', location: 18 },
  ];
  const text = 'You lead. Ownership You own the services your team runs. Share on-call fairly and tell the team. Mentoring You mentor others on on-call.';

  test('list every matching place, the one holding the most searched words first, each linking to its own id and naming its section', () => {
    const hit = toHit(result(text, [8, 11, 16, 22], anchors), ['on-call', 'team'])!;
    expect(hit.places.map((place) => [place.id, place.section])).toEqual([
      ['ownership-on-call', 'Ownership'],
      ['ownership-you-own', 'Ownership'],
      ['mentoring-you', 'Mentoring'],
    ]);
    expect(hit.url).toBe('/ladder/eng/l3/?pagefind-highlight=team&pagefind-highlight=on-call#ownership-on-call');
    expect(hit.section).toBe('Ownership');
    expect(hit.excerpt).toBe('Share <mark>on-call</mark> fairly and tell the <mark>team.</mark>');
    expect(hit.title).toBe('Senior Engineer');
    expect(hit.where).toBe('Engineering · Level 3');
  });

  test('a heading outweighs a paragraph holding as many searched words', () => {
    const hit = toHit(result('Ownership You own it. Ownership matters.', [0, 4], [
      { element: 'h2', id: 'ownership', location: 0, text: 'Ownership' },
      { element: 'p', id: 'ownership-you', location: 1 },
    ], { 0: 6, 4: 1 }), ['ownership'])!;
    expect(hit.places.map((place) => place.id)).toEqual(['ownership', 'ownership-you']);
  });

  test('rank places, then levels, by the searched words held, how close together, and whether one is there as typed', () => {
    // "ship a product" (close) against "shipping a world-class product, product" (more weight, apart).
    const blocks = [
      { element: 'p', id: 'far', location: 0 },
      { element: 'p', id: 'close', location: 8 },
    ];
    const hit = toHit(result('Shipping a world-class product, and product quality. We ship a product.', [0, 3, 5, 8, 10], blocks), ['ship', 'product'])!;
    expect(hit.places.map((place) => place.id)).toEqual(['close', 'far']);
    expect(hit.match).toEqual({ terms: 2, span: 3, exact: true, weight: 2 });
    const paragraph = [{ element: 'p', id: 'p', location: 0 }];
    const exact = toHit(result('You mentor others.', [1], paragraph), ['mentor'])!;
    const stem = toHit(result('You give mentoring.', [2], paragraph), ['mentor'])!;
    const both = toHit(result('Mentor others.', [0, 1], paragraph), ['mentor', 'others'])!;
    expect([stem, exact, both].sort(compareHits)).toEqual([both, exact, stem]);
  });

  test('drop a result whose searched word only matched a shorter word Pagefind fell back to', () => {
    expect(toHit(result('A step to the next.', [2]), ['tomato'])).toBeUndefined();
    expect(toHit(result('You care for others.', [1]), ['career'])).toBeUndefined();
    // Every searched word must really match: "mentoring" does, "tomato" does not.
    expect(toHit(result('guidance and mentoring to others', [2, 3]), ['mentoring', 'tomato'])).toBeUndefined();
  });

  test('mark only the words that really matched, never a stop word or an unrelated prefix', () => {
    const hit = toHit(result('Be on the on-call rota, not one of many.', [1, 3, 6]), ['on-call'])!;
    expect(hit.excerpt).toBe('Be on the <mark>on-call</mark> rota, not one of many.');
    expect(hit.url).toBe('/ladder/eng/l3/?pagefind-highlight=on-call');
  });

  test('a word found only in the level’s title finds the level itself', () => {
    const hit = toHit(result('You lead teams.', []), ['senior'])!;
    expect(hit.url).toBe('/ladder/eng/l3/');
    expect(hit.places).toHaveLength(1);
    expect(hit.excerpt).toBe('You lead teams.');
  });

  test('show a long block around its first match, and the spaces of a joined compound', () => {
    const words = Array.from({ length: 60 }, (_, index) => `w${index}`);
    words[40] = 'on\u00AD\u00ADcall';
    const hit = toHit(result(words.join(' '), [40], [{ element: 'p', id: 'long', location: 0 }]), ['on-call'])!;
    expect(hit.excerpt).toMatch(/^… w34 .* <mark>on call<\/mark> .* w59$/);
    expect(hit.url).toBe('/ladder/eng/l3/?pagefind-highlight=on%20call#long');
  });

  test('name the section of a block, none before the first heading', () => {
    expect(sectionOf(anchors, 'ownership-on-call')).toBe('Ownership');
    expect(sectionOf(anchors, 'ownership')).toBe('Ownership');
    expect(sectionOf(anchors, 'intro')).toBeUndefined();
  });

  test('keep the base path, drop Pagefind’s highlight terms, add the words that matched and the place', () => {
    expect(resultUrl('/ladder/web-operations/senior/?pagefind-highlight=mentoring', 'you-have', ['mentoring'])).toBe(
      '/ladder/web-operations/senior/?pagefind-highlight=mentoring#you-have',
    );
    expect(resultUrl('/web-operations/senior/?pagefind-highlight=x', undefined)).toBe('/web-operations/senior/');
  });

  test('say how many results a query found, or that it found none', () => {
    expect(resultsMessage('mentoring', 2)).toBe('2 results for “mentoring”.');
    expect(resultsMessage('Linux', 1)).toBe('1 result for “Linux”.');
    expect(resultsMessage('xyzzy', 0)).toMatch(/^No results for “xyzzy”\./);
    expect(resultsMessage('team', 10, 34)).toBe('10 of 34 results for “team”.');
  });

  test('name the words a question’s search left out', () => {
    expect(resultsMessage('mentoring', 2, 2, ['who', 'owns'])).toBe('2 results for “mentoring” (searched without “who”, “owns”).');
    expect(resultsMessage('xylophones', 0, 0, ['who', 'owns'])).toBe('No results for “xylophones” (searched without “who”, “owns”). Try another word, or clear the filters.');
  });

  test('keep the query and the filters in the search page’s address', () => {
    expect(searchPageUrl('https://x.test/ladder/search/', 'self-study')).toBe('https://x.test/ladder/search/?q=self-study');
    expect(searchPageUrl('https://x.test/search/?q=a&track=Ops', '')).toBe('https://x.test/search/');
    const filtered = searchPageUrl('https://x.test/search/', 'on-call', { level: 'Senior Engineer' });
    expect(filtered).toBe('https://x.test/search/?q=on-call&level=Senior+Engineer');
    expect(filtersFromSearch(new URL(filtered).search)).toEqual({ level: 'Senior Engineer' });
  });
});

describe('suggestions for a query that finds nothing', () => {
  const vocabulary = {
    words: ['mentoring', 'mentor', 'teamwork', 'on-call', 'profitability', 'monitoring', 'blameless', 'moments'],
    counts: [5, 3, 2, 2, 1, 1, 1, 1],
  };

  test('the closest words of the ladder, closest first, then the most used', () => {
    expect(suggestionsFor('mentro', vocabulary)).toEqual(['mentor']);
    expect(suggestionsFor('mentorign', vocabulary)).toEqual(['mentoring', 'mentor']);
    expect(suggestionsFor('profitabilty', vocabulary)).toEqual(['profitability']);
    expect(suggestionsFor('Blamless', vocabulary)).toEqual(['blameless']);
    expect(suggestionsFor('oncal', vocabulary)).toEqual(['on-call']);
  });

  test('a long word of the ladder that the typed one starts with', () => {
    expect(suggestionsFor('mentorship', vocabulary)).toEqual(['mentor']);
  });

  test('nothing for a word the ladder uses, a very short word, or a word nothing is close to', () => {
    expect(suggestionsFor('mentor', vocabulary)).toEqual([]);
    expect(suggestionsFor('xy', vocabulary)).toEqual([]);
    expect(suggestionsFor('xylophonic', vocabulary)).toEqual([]);
    expect(suggestionsFor('career', vocabulary)).toEqual([]);
  });

  test('the query with its unknown word replaced by each suggestion', () => {
    expect(suggestedQueries({ terms: ['mentro'], ignored: [] }, vocabulary)).toEqual(['mentor']);
    expect(suggestedQueries({ terms: ['teamwork', 'blamless'], ignored: ['who'] }, vocabulary)).toEqual(['teamwork blameless']);
    expect(suggestedQueries({ terms: ['teamwork', 'mentor'], ignored: [] }, vocabulary)).toEqual([]);
  });
});
