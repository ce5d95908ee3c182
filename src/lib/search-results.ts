// Pure helpers of the search UI: how a typed query is shaped before Pagefind sees it, which of
// Pagefind's matches are real, the places of a level a result lists, and the suggestions for a
// query that finds nothing. No DOM; unit-tested. How Pagefind splits and matches words is
// described in search-words.ts.
import { distance } from 'fastest-levenshtein';
import stem from 'wink-porter2-stemmer';
import { lettersOf, showJoined, type CompoundList, type Vocabulary } from './search-words.ts';

/** An element with an id on an indexed page, as Pagefind records it (location = word position). */
export interface PagefindAnchor {
  element: string;
  id: string;
  location: number;
  /** The element's text (Pagefind records it for every anchor). */
  text?: string;
}

/** A matched word's position in the page's text and the weight Pagefind gave it (1 for body text, more in headings). */
export interface PagefindWordLocation {
  location: number;
  weight: number;
}

/** The part of Pagefind's `result.data()` the search UI uses. */
export interface PagefindResultData {
  url: string;
  /** The page's indexed text: its words, separated by spaces, in the positions `locations` count. */
  content: string;
  meta: Record<string, string | undefined>;
  anchors?: PagefindAnchor[];
  locations?: number[];
  weighted_locations?: PagefindWordLocation[];
}

/** One place of a level that matches: a paragraph, bullet or section heading. */
export interface SearchPlace {
  /** Link to the level at this place, carrying the matched words to highlight. */
  url: string;
  /** The element's id; none when the match is only in the level's title. */
  id?: string;
  /** The section the place is in ("Ownership"); none for text before any heading. */
  section?: string;
  /** HTML: the place's text (escaped) with the matched words in `<mark>`. */
  excerpt: string;
}

/** One result as the UI shows it: a level and its matching places, best first. */
export interface SearchHit {
  /** Link to the level at its best place. */
  url: string;
  title: string;
  /** "Web Operations · Level 3" */
  where: string;
  /** The best place's section. */
  section?: string;
  /** The best place's excerpt. */
  excerpt: string;
  /** Every matching place, best first (the first is the one `url`, `section` and `excerpt` show). */
  places: SearchPlace[];
  /** How well the best place matches, to rank the levels (`compareHits`). */
  match: PlaceMatch;
}

/**
 * How well one place matches a query, best first by: how many of the searched words it holds;
 * how close together (the fewest words spanning them all: "ship a product" beats "shipping a
 * world-class product"); whether one is there exactly as typed ("mentor" beats "mentoring" for
 * "mentor"); its weight (a heading outweighs a paragraph).
 */
export interface PlaceMatch {
  terms: number;
  span: number;
  exact: boolean;
  weight: number;
}

/** Orders two matches, the better first (see PlaceMatch). */
export function compareMatches(a: PlaceMatch, b: PlaceMatch): number {
  return b.terms - a.terms || a.span - b.span || Number(b.exact) - Number(a.exact) || b.weight - a.weight;
}

/**
 * Orders results, the better first: by their best places (`compareMatches`, without the weight).
 * Results that match alike keep Pagefind's order, which weighs the whole level. Pagefind ranks
 * levels by all their text; a reader looks for the one expectation that says what they asked.
 * @example hits.sort(compareHits)
 */
export function compareHits(a: SearchHit, b: SearchHit): number {
  return compareMatches({ ...a.match, weight: 0 }, { ...b.match, weight: 0 });
}

/** The fewest consecutive words of `located` (position → searched words) that hold all their searched words. */
function spanOf(located: readonly [number, ReadonlySet<number>][]): number {
  const wanted = new Set(located.flatMap(([, terms]) => [...terms]));
  let best = Infinity;
  for (let start = 0; start < located.length; start++) {
    const seen = new Set<number>();
    for (let end = start; end < located.length; end++) {
      located[end]![1].forEach((term) => seen.add(term));
      if (seen.size === wanted.size) {
        best = Math.min(best, located[end]![0] - located[start]![0] + 1);
        break;
      }
    }
  }
  return best === Infinity ? 1 : best;
}

/** The query parameter the level page's highlight script reads (search-highlight.ts). */
export const HIGHLIGHT_PARAM = 'pagefind-highlight';

/** A result lists this many places at first; the rest behind "n more in this level". */
export const PLACES_SHOWN = 3;

/**
 * Words that shape a question rather than name its topic: "who owns mentoring?" asks about
 * mentoring. Pagefind finds only pages holding every word, and matches a short word as the start
 * of any longer one ("on" finds "one", "only"), so such words would narrow a search to levels that
 * happen to use them, or mark words that have nothing to do with the question.
 */
const QUESTION_WORDS = new Set(
  [
    'a an the and or of for to in on at by with about from into as',
    'who whom whose what which when where why how',
    'is are am was were be been being do does did doing done has have had',
    'can could should would will shall may might must',
    'i me my we us our you your he him his she her they them their it its',
    'this that these those there here',
    'own owns owned owning handle handles handled handling',
    'responsible responsibility responsibilities expected expect expects',
    'need needs needed require requires required',
    'someone somebody anyone level levels role roles job',
  ]
    .join(' ')
    .split(' '),
);

/** How a typed query is searched (`shapeQuery`). */
export interface ShapedQuery {
  /** The words searched, as the status line names them ("on-call policy"). */
  terms: string[];
  /** Typed words left out: the ones that only shape a question, and single letters. */
  ignored: string[];
}

/** The words of a query with the punctuation around each taken off ("mentoring?" → "mentoring"). */
function wordsOf(query: string): string[] {
  return query
    .split(/\s+/)
    .map((word) => word.replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, ''))
    .filter(Boolean);
}

/** Longest run of typed words read as one compound ("end to end"). */
const MAX_COMPOUND_WORDS = 4;

/**
 * How a query is searched:
 * 1. Words that together spell a compound of the ladder are read as that compound: "on call",
 *    "oncall" and "on-call" all search "on-call" when the ladder says "on-call" (`compounds`, from
 *    compounds.json). A hyphenated word is kept whole: Pagefind searches "X-ray" as "xray", the
 *    word it indexed for "X-ray".
 * 2. Words that only shape a question ("who", "owns", "on", …) and single letters are left out,
 *    unless nothing else is left: the query is then searched as typed.
 * @example shapeQuery('who is on call?', { oncall: 'on-call' }) // { terms: ['on-call'], ignored: ['who', 'is'] }
 * @example shapeQuery('Who owns mentoring?') // { terms: ['mentoring'], ignored: ['Who', 'owns'] }
 */
export function shapeQuery(query: string, compounds: CompoundList = {}): ShapedQuery {
  const words = wordsOf(query);
  const joined: { word: string; compound: boolean }[] = [];
  for (let at = 0; at < words.length; ) {
    let taken = 1;
    let word = words[at]!;
    for (let length = Math.min(MAX_COMPOUND_WORDS, words.length - at); length >= 1; length--) {
      const compound = compounds[lettersOf(words.slice(at, at + length).join(''))];
      // One word already hyphenated, or already the compound's letters, stays as typed.
      if (compound && (length > 1 || !/\p{Pd}/u.test(word))) {
        [taken, word] = [length, compound];
        break;
      }
    }
    joined.push({ word, compound: taken > 1 || /\p{Pd}/u.test(word) });
    at += taken;
  }
  const isLeftOut = ({ word, compound }: { word: string; compound: boolean }) =>
    !compound && (QUESTION_WORDS.has(word.toLowerCase()) || lettersOf(word).length < 2);
  const kept = joined.filter((entry) => !isLeftOut(entry));
  if (kept.length === 0) return { terms: dedupe(joined.map(({ word }) => word)), ignored: [] };
  return { terms: dedupe(kept.map(({ word }) => word)), ignored: joined.filter(isLeftOut).map(({ word }) => word) };
}

function dedupe(words: string[]): string[] {
  const seen = new Set<string>();
  return words.filter((word) => !seen.has(lettersOf(word)) && seen.add(lettersOf(word)));
}

/** The string handed to Pagefind for a shaped query. */
export function pagefindQuery({ terms }: ShapedQuery): string {
  return terms.join(' ');
}

/** Pagefind's key for a typed word: its letters, stemmed as Pagefind's English index stems them. */
function termKey(term: string): string {
  return stem(lettersOf(term));
}

/**
 * The keys Pagefind indexed a word of the text under: the whole word's letters and, for a
 * compound, each part of two letters or more, all stemmed.
 */
function wordKeys(word: string): string[] {
  const parts = word.split(/[^\p{L}\p{N}]+/u).filter((part) => lettersOf(part).length >= 2);
  return [lettersOf(word), ...(parts.length > 1 ? parts.map(lettersOf) : [])].map((letters) => stem(letters));
}

/**
 * Whether a word of the text really matches a searched word: it starts with it (typing "ment"
 * finds "mentoring"), or its stem starts with the searched word's stem ("mentoring" finds
 * "mentor"), as Pagefind matches. Pagefind also answers a word it does not know with the longest
 * indexed word that starts it ("tomato" → "to", "career" → "care", "oncall" → "on"): such a match
 * is not real, and neither is a compound part the searched word merely starts ("on" in "on-call"
 * for "one").
 * @example matchesTerm('mentoring', 'mentor') // true
 * @example matchesTerm('to', 'tomato') // false
 */
export function matchesTerm(word: string, term: string): boolean {
  const letters = lettersOf(term);
  if (!letters) return false;
  if (lettersOf(word).startsWith(letters)) return true;
  const key = termKey(term);
  return wordKeys(word).some((indexed) => indexed.startsWith(key));
}

/** The block anchors of a page in reading order: paragraphs, list items and headings. */
function blocksOf(anchors: readonly PagefindAnchor[]): PagefindAnchor[] {
  return anchors.filter((anchor) => /^(p|li|h[1-6])$/i.test(anchor.element)).sort((x, y) => x.location - y.location);
}

const isHeading = (block: PagefindAnchor) => /^h[1-6]$/i.test(block.element);

/**
 * The name of the section a block sits in: the text of the last heading at or before it (the
 * block itself when it is a heading), or undefined before the first heading.
 * @example sectionOf([{ element: 'h2', id: 'o', location: 0, text: 'Ownership' }, { element: 'li', id: 'o-a', location: 1 }], 'o-a') // 'Ownership'
 */
export function sectionOf(anchors: readonly PagefindAnchor[], blockId: string | undefined): string | undefined {
  const blocks = blocksOf(anchors);
  const index = blocks.findIndex((block) => block.id === blockId);
  if (index === -1) return undefined;
  const heading = blocks.slice(0, index + 1).findLast((block) => /^h[2-6]$/i.test(block.element));
  return heading?.text ? showJoined(heading.text).replace(/\s+/g, ' ').trim() || undefined : undefined;
}

/**
 * The link a place opens: the level's address (base path included, without Pagefind's own
 * highlight terms), the words to highlight, and the place's fragment.
 * @example resultUrl('/ladder/eng/l3/?pagefind-highlight=oncall', 'on-call', ['On-call']) // '/ladder/eng/l3/?pagefind-highlight=On-call#on-call'
 */
export function resultUrl(url: string, anchorId: string | undefined, highlight: readonly string[] = []): string {
  const page = url.replace(/[?#].*$/, '');
  const query = highlight.length > 0 ? `?${highlight.map((word) => `${HIGHLIGHT_PARAM}=${encodeURIComponent(word)}`).join('&')}` : '';
  return `${page}${query}${anchorId ? `#${encodeURIComponent(anchorId)}` : ''}`;
}

const escapeHtml = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** Words an excerpt shows: a whole short block, or this many around its first match. */
const EXCERPT_WORDS = 26;

/** A stretch of the page's words as HTML, the matched ones marked, with … where it was cut. */
function excerptOf(words: readonly string[], start: number, end: number, matched: ReadonlySet<number>): string {
  let from = start;
  let to = end;
  if (to - from > EXCERPT_WORDS) {
    const first = Math.min(...[...matched].filter((location) => location >= start && location < end));
    from = Math.max(start, Math.min(first - 6, end - EXCERPT_WORDS));
    to = from + EXCERPT_WORDS;
  }
  const shown = words.slice(from, to).map((word, offset) => {
    const html = escapeHtml(showJoined(word));
    return matched.has(from + offset) ? `<mark>${html}</mark>` : html;
  });
  return `${from > start ? '… ' : ''}${shown.join(' ')}${to < end ? ' …' : ''}`;
}

/** A word as a reader sees it, without the punctuation around it ("self-study," → "self-study"). */
function bareWord(word: string): string {
  return showJoined(word).replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, '');
}

/**
 * What the UI shows for one Pagefind result, or undefined when some searched word matches
 * nothing real in the level (only a shorter word Pagefind fell back to, see `matchesTerm`). The
 * places are the paragraphs, bullets and headings holding matched words: the ones holding the
 * most searched words first, then the most weight (a heading outweighs a paragraph), then the
 * first in the level. Only the words that really matched are marked.
 */
export function toHit(data: PagefindResultData, terms: readonly string[]): SearchHit | undefined {
  const { meta } = data;
  const title = meta['title'] ?? data.url;
  const where = [meta['track'], meta['rank'] ? `Level ${meta['rank']}` : undefined].filter(Boolean).join(' · ');
  const words = data.content.split(/[\r\n\s]+/g);
  const located = data.weighted_locations ?? (data.locations ?? []).map((location) => ({ location, weight: 1 }));

  // Which searched words each matched position really matches.
  const matched = new Map<number, { weight: number; terms: Set<number> }>();
  for (const { location, weight } of located) {
    const word = words[location];
    if (word === undefined) continue;
    const termsHere = new Set(terms.flatMap((term, index) => (matchesTerm(word, term) ? [index] : [])));
    if (termsHere.size > 0) matched.set(location, { weight, terms: termsHere });
  }
  // A word found only in the level's title still counts (Pagefind searches the title too).
  const titleTerms = new Set(terms.flatMap((term, index) => (title.split(/\s+/).some((word) => matchesTerm(word, term)) ? [index] : [])));
  const found = new Set([...titleTerms, ...[...matched.values()].flatMap(({ terms: here }) => [...here])]);
  if (terms.some((_, index) => !found.has(index))) return undefined;

  const highlight = [...new Map([...matched.keys()].sort((a, b) => a - b).map((location) => bareWord(words[location]!)).map((word) => [word.toLowerCase(), word])).values()].slice(0, 8);
  const blocks = blocksOf(data.anchors ?? []);
  const places = new Map<PagefindAnchor, { terms: Set<number>; weight: number; locations: Set<number>; exact: boolean }>();
  const exactly = new Set(terms.map(lettersOf));
  for (const [location, match] of [...matched].sort(([a], [b]) => a - b)) {
    // The block a word belongs to is the last one starting at or before it.
    const block = blocks.findLast((candidate) => candidate.location <= location);
    if (!block) continue;
    const place = places.get(block) ?? { terms: new Set(), weight: 0, locations: new Set(), exact: false };
    match.terms.forEach((term) => place.terms.add(term));
    place.weight += match.weight;
    place.locations.add(location);
    place.exact ||= exactly.has(lettersOf(words[location]!));
    places.set(block, place);
  }
  const scored = [...places].map(([block, place]) => {
    const located = [...place.locations].map((location) => [location, matched.get(location)!.terms] as [number, Set<number>]);
    const match: PlaceMatch = { terms: place.terms.size, span: spanOf(located), exact: place.exact, weight: place.weight };
    return { block, place, match };
  });
  const ranked = scored.sort((x, y) => compareMatches(x.match, y.match) || x.block.location - y.block.location);
  const shown: SearchPlace[] = ranked.map(({ block, place }) => {
    const next = blocks.find((candidate) => candidate.location > block.location && (!isHeading(block) || isHeading(candidate)));
    const section = sectionOf(blocks, block.id);
    return {
      url: resultUrl(data.url, block.id, highlight),
      id: block.id,
      ...(section ? { section } : {}),
      excerpt: excerptOf(words, block.location, next?.location ?? words.length, place.locations),
    };
  });
  if (shown.length === 0) {
    // Matched in the title only, or before any block: the level itself.
    shown.push({ url: resultUrl(data.url, undefined, highlight), excerpt: excerptOf(words, 0, Math.min(words.length, EXCERPT_WORDS), new Set(matched.keys())) });
  }
  const best = shown[0]!;
  // Found in the title only: as good as a place holding every searched word.
  const match = ranked[0]?.match ?? { terms: terms.length, span: terms.length, exact: false, weight: 0 };
  return { url: best.url, title, where, ...(best.section ? { section: best.section } : {}), excerpt: best.excerpt, places: shown, match };
}

/**
 * The sentence the status line says after a search: how many levels it shows, out of how many,
 * for which words, and which typed words it left out (see `shapeQuery`).
 * @example resultsMessage('mentoring', 2, 2) // '2 results for “mentoring”.'
 * @example resultsMessage('team', 10, 34) // '10 of 34 results for “team”.'
 * @example resultsMessage('mentoring', 2, 2, ['who', 'owns']) // '2 results for “mentoring” (searched without “who”, “owns”).'
 */
export function resultsMessage(query: string, shown: number, total = shown, ignored: readonly string[] = []): string {
  const without = ignored.length > 0 ? ` (searched without ${ignored.map((word) => `“${word}”`).join(', ')})` : '';
  if (total === 0) return `No results for “${query}”${without}. Try another word, or clear the filters.`;
  const count = shown < total ? `${shown} of ${total} results` : `${total} ${total === 1 ? 'result' : 'results'}`;
  return `${count} for “${query}”${without}.`;
}

/** Suggestions offered for a query that finds nothing. */
const MAX_SUGGESTIONS = 3;

/** How many typing mistakes a word of this length may hold and still be suggested for. */
function typoTolerance(length: number): number {
  return length <= 4 ? 1 : length <= 8 ? 2 : 3;
}

/**
 * The words of the ladder closest to a word it does not use, closest first (then the most used):
 * those a few typing mistakes away (Levenshtein distance: 1 for four letters, 2 up to eight, 3
 * beyond), and a long word of the ladder the typed one starts with ("mentorship" → "mentor").
 * Empty when the word is in the ladder or nothing is close.
 * @example suggestionsFor('mentro', { words: ['mentor', 'mentoring'], counts: [2, 1] }) // ['mentor']
 */
export function suggestionsFor(word: string, vocabulary: Vocabulary, limit = MAX_SUGGESTIONS): string[] {
  const letters = lettersOf(word);
  if (letters.length < 3 || vocabulary.words.some((known) => lettersOf(known) === letters)) return [];
  const tolerance = typoTolerance(letters.length);
  const scored: { word: string; score: number; count: number }[] = [];
  vocabulary.words.forEach((candidate, index) => {
    // Hyphenated words compare by their letters: "oncal" is one letter from "on-call".
    const candidateLetters = lettersOf(candidate);
    const apart = distance(letters, candidateLetters);
    const startsIt = letters.startsWith(candidateLetters) && candidateLetters.length >= 5;
    // A long word the typed one starts with ranks after the typos of the same distance.
    const score = Math.min(apart <= tolerance ? apart : Infinity, startsIt ? letters.length - candidateLetters.length + 0.5 : Infinity);
    if (score !== Infinity) scored.push({ word: candidate, score, count: vocabulary.counts[index] ?? 0 });
  });
  return scored
    .sort((a, b) => a.score - b.score || b.count - a.count || a.word.localeCompare(b.word))
    .slice(0, limit)
    .map((suggestion) => suggestion.word);
}

/**
 * The queries to suggest when a shaped query finds nothing: the query with its first word the
 * ladder does not use replaced by each close word of the ladder (`suggestionsFor`).
 * @example suggestedQueries({ terms: ['mentro'], ignored: [] }, { words: ['mentor'], counts: [1] }) // ['mentor']
 */
export function suggestedQueries(shaped: ShapedQuery, vocabulary: Vocabulary): string[] {
  for (const [index, term] of shaped.terms.entries()) {
    const suggestions = suggestionsFor(term, vocabulary);
    if (suggestions.length > 0) return suggestions.map((word) => shaped.terms.map((other, at) => (at === index ? word : other)).join(' '));
  }
  return [];
}

/** The filters a search can be narrowed by, in the order the search page's address lists them. */
export const FILTER_NAMES = ['track', 'level'] as const;

/**
 * The search page's address for a query and its filters, so a search can be linked and bookmarked.
 * @example searchPageUrl('https://x.test/search/?q=a', 'on-call', { level: 'Senior Engineer' }) // 'https://x.test/search/?q=on-call&level=Senior+Engineer'
 */
export function searchPageUrl(current: string, query: string, filters: Record<string, string> = {}): string {
  const url = new URL(current);
  for (const [name, value] of [['q', query], ...FILTER_NAMES.map((name) => [name, filters[name] ?? ''])] as const) {
    if (value) url.searchParams.set(name, value);
    else url.searchParams.delete(name);
  }
  return url.toString();
}

/**
 * The filters named in a search page address.
 * @example filtersFromSearch('?q=a&level=Senior+Engineer') // { level: 'Senior Engineer' }
 */
export function filtersFromSearch(search: string): Record<string, string> {
  const params = new URLSearchParams(search);
  return Object.fromEntries(FILTER_NAMES.flatMap((name) => (params.get(name) ? [[name, params.get(name)!]] : [])));
}
