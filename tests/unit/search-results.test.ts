import { describe, expect, test } from 'vitest';
import { filtersFromSearch, isRelevant, matchedAnchor, resultsMessage, resultUrl, searchPageUrl, toHit, topicOf } from '../../src/lib/search-results.ts';

const paragraphs = [
  { element: 'h1', id: 'level-title', location: 0 },
  { element: 'p', id: 'first', location: 0 },
  { element: 'p', id: 'second', location: 40 },
  { element: 'span', id: 'not-a-block', location: 45 },
  { element: 'p', id: 'third', location: 80 },
];

describe('search results', () => {
  test('link the paragraph holding the matched word', () => {
    expect(matchedAnchor(paragraphs, [52])).toBe('second');
    expect(matchedAnchor(paragraphs, [95])).toBe('third');
    expect(matchedAnchor(paragraphs, [3])).toBe('first');
  });

  test('link the paragraph with the most matched words, the first one on a tie', () => {
    expect(matchedAnchor(paragraphs, [52, 81, 90])).toBe('third');
    expect(matchedAnchor(paragraphs, [52, 90])).toBe('second');
    // A span's id is not a place to land: its words count for the paragraph around it.
    expect(matchedAnchor(paragraphs, [46, 47, 85])).toBe('second');
  });

  test('link the page itself when no paragraph holds the match', () => {
    expect(matchedAnchor([], [10])).toBeUndefined();
    expect(matchedAnchor(paragraphs, [])).toBeUndefined();
    expect(resultUrl('/web-operations/senior/?pagefind-highlight=x', undefined)).toBe('/web-operations/senior/?pagefind-highlight=x');
  });

  test('keep the base path and highlight terms and add the paragraph', () => {
    expect(resultUrl('/ladder/web-operations/senior/?pagefind-highlight=mentoring', 'you-have')).toBe(
      '/ladder/web-operations/senior/?pagefind-highlight=mentoring#you-have',
    );
  });

  test('show the level, its track and its rank', () => {
    const hit = toHit({
      url: '/web-operations/senior/?pagefind-highlight=mentoring',
      excerpt: 'provide guidance and <mark>mentoring</mark> to',
      meta: { title: 'Senior Engineer', track: 'Web Operations', rank: '3' },
      anchors: paragraphs,
      locations: [85],
    });
    expect(hit).toEqual({
      url: '/web-operations/senior/?pagefind-highlight=mentoring#third',
      title: 'Senior Engineer',
      where: 'Web Operations · Level 3',
      excerpt: 'provide guidance and <mark>mentoring</mark> to',
    });
  });

  test('land on the bullet that matched and name its section', () => {
    const anchors = [
      { element: 'p', id: 'intro', location: 0, text: 'Intro.' },
      { element: 'h2', id: 'ownership', location: 10, text: 'Ownership ' },
      { element: 'p', id: 'ownership-you-own', location: 11 },
      { element: 'li', id: 'ownership-on-call', location: 20 },
      { element: 'h2', id: 'mentoring', location: 30, text: 'Mentoring' },
    ];
    const hit = toHit({ url: '/eng/l3/', excerpt: '<mark>on-call</mark>', meta: { title: 'L3' }, anchors, locations: [21, 22] });
    expect(hit.url).toBe('/eng/l3/#ownership-on-call');
    expect(hit.section).toBe('Ownership');
    expect(toHit({ url: '/eng/l3/', excerpt: '', meta: {}, anchors, locations: [1] }).section).toBeUndefined();
  });

  test('drop matches on a short word the typed one merely starts with', () => {
    expect(isRelevant('tomato', 'a step <mark>to</mark> the next')).toBe(false);
    expect(isRelevant('advancement', 'ship <mark>a</mark> product')).toBe(false);
    expect(isRelevant('andromeda', 'web operations <mark>and</mark> infrastructure')).toBe(false);
  });

  test('keep matches on the typed word, its stem, a longer word it starts, or a part of a compound', () => {
    expect(isRelevant('mentoring', 'guidance and <mark>mentoring</mark> to')).toBe(true);
    expect(isRelevant('mentorship', 'You <mark>mentor</mark> others')).toBe(true);
    expect(isRelevant('ment', 'guidance and <mark>mentoring</mark> to')).toBe(true);
    expect(isRelevant('self-study', 'a steady <mark>self</mark>-<mark>study</mark> program')).toBe(true);
    expect(isRelevant('QA', 'owns <mark>QA</mark> for')).toBe(true);
    expect(isRelevant('tomato mentoring', 'and <mark>mentoring</mark> to')).toBe(true);
  });

  test('say how many results a query found, or that it found none', () => {
    expect(resultsMessage('mentoring', 2)).toBe('2 results for “mentoring”.');
    expect(resultsMessage('Linux', 1)).toBe('1 result for “Linux”.');
    expect(resultsMessage('xyzzy', 0)).toMatch(/^No results for “xyzzy”\./);
    expect(resultsMessage('team', 10, 34)).toBe('10 of 34 results for “team”.');
  });

  test('name the words a question’s search left out', () => {
    expect(resultsMessage('mentoring', 2, 2, ['who', 'owns'])).toBe('2 results for “mentoring” (searched without “who”, “owns”).');
    expect(resultsMessage('on-call', 10, 12, ['who', 'handles'])).toBe('10 of 12 results for “on-call” (searched without “who”, “handles”).');
    expect(resultsMessage('xylophones', 0, 0, ['who', 'owns'])).toBe('No results for “xylophones” (searched without “who”, “owns”). Try another word, or clear the filters.');
  });

  test('find the topic of a question: the words that are not there only to ask', () => {
    expect(topicOf('who owns mentoring?')).toEqual({ topic: 'mentoring', ignored: ['who', 'owns'] });
    expect(topicOf('Which level is responsible for capacity planning?')).toEqual({
      topic: 'capacity planning',
      ignored: ['Which', 'level', 'is', 'responsible', 'for'],
    });
    expect(topicOf('what do I need for self-study')?.topic).toBe('self-study');
  });

  test('search a query as typed when it is not a question, or is nothing but one', () => {
    expect(topicOf('mentoring')).toBeUndefined();
    expect(topicOf('mentoring?')).toBeUndefined();
    expect(topicOf('  capacity planning ')).toBeUndefined();
    expect(topicOf('who is it?')).toBeUndefined();
  });

  test('keep the query and the filters in the search page’s address', () => {
    expect(searchPageUrl('https://x.test/ladder/search/', 'self-study')).toBe('https://x.test/ladder/search/?q=self-study');
    expect(searchPageUrl('https://x.test/search/?q=a&track=Ops', '')).toBe('https://x.test/search/');
    const filtered = searchPageUrl('https://x.test/search/', 'on-call', { level: 'Senior Engineer' });
    expect(filtered).toBe('https://x.test/search/?q=on-call&level=Senior+Engineer');
    expect(filtersFromSearch(new URL(filtered).search)).toEqual({ level: 'Senior Engineer' });
  });
});
