// Pure helpers that turn Pagefind's answers into what the search UI shows: no DOM, unit-tested.

/** An element with an id on an indexed page, as Pagefind records it (location = word position). */
export interface PagefindAnchor {
  element: string;
  id: string;
  location: number;
  /** The element's text (Pagefind records it for every anchor). */
  text?: string;
}

/** The part of Pagefind's `result.data()` the search UI uses. */
export interface PagefindResultData {
  url: string;
  excerpt: string;
  meta: Record<string, string | undefined>;
  anchors?: PagefindAnchor[];
  locations?: number[];
}

/** One result as the UI shows it. */
export interface SearchHit {
  /** Link to the level, at the paragraph that matched when there is one. */
  url: string;
  title: string;
  /** "Web Operations · Level 3" */
  where: string;
  /** The section of the level the match is in, e.g. "Ownership"; none for text before any heading. */
  section?: string;
  /** HTML: Pagefind's excerpt, in which only `<mark>` is markup (the text is escaped). */
  excerpt: string;
}

/** The query parameter Pagefind's highlight script reads on the target page. */
export const HIGHLIGHT_PARAM = 'pagefind-highlight';

/**
 * The id of the paragraph (or list item) holding the most matched words (the first of them on a
 * tie), or undefined when no match sits inside one. Pagefind's own sub-results only follow
 * headings; the ladder's expectations are paragraphs with stable ids, so a result can link the
 * very sentence. Pagefind records every element with an id as an anchor at a word position.
 * @example matchedAnchor([{ element: 'p', id: 'a', location: 0 }, { element: 'p', id: 'b', location: 40 }], [52]) // 'b'
 */
export function matchedAnchor(anchors: readonly PagefindAnchor[], locations: readonly number[]): string | undefined {
  return matchedBlock(anchors, locations)?.id;
}

/** The block anchors of a page in reading order: paragraphs, list items and headings. */
function blocksOf(anchors: readonly PagefindAnchor[]): PagefindAnchor[] {
  return anchors.filter((anchor) => /^(p|li|h[1-6])$/i.test(anchor.element)).sort((x, y) => x.location - y.location);
}

/** The block (paragraph, bullet or heading) holding the most matched words; see matchedAnchor. */
function matchedBlock(anchors: readonly PagefindAnchor[], locations: readonly number[]): PagefindAnchor | undefined {
  const blocks = blocksOf(anchors);
  const counts = new Map<PagefindAnchor, number>();
  for (const location of locations) {
    // The block a word belongs to is the last one starting at or before it.
    const block = blocks.findLast((candidate) => candidate.location <= location);
    if (block) counts.set(block, (counts.get(block) ?? 0) + 1);
  }
  let best: PagefindAnchor | undefined;
  for (const [block, count] of counts) {
    const bestCount = best ? counts.get(best)! : 0;
    if (count > bestCount || (count === bestCount && best && block.location < best.location)) best = block;
  }
  return best;
}

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
  return heading?.text?.replace(/\s+/g, ' ').trim() || undefined;
}

/**
 * Whether a result really matches the query. For a word it does not know, Pagefind falls back to
 * the longest known prefix, so "tomato" finds every "to" and "advancement" every "a": such a
 * result marks only words far shorter than any the user typed. One marked word of at least three
 * letters and 40% of a typed word's length keeps it ("mentorship" → "mentor" does).
 * @example isRelevant('tomato', 'a step <mark>to</mark> the next') // false
 */
export function isRelevant(query: string, excerpt: string): boolean {
  const terms = query.toLowerCase().split(/[\s\p{Pd}]+/u).filter(Boolean);
  const marks = [...excerpt.matchAll(/<mark>(.*?)<\/mark>/g)].map((match) => match[1]!.toLowerCase().replace(/[^\p{L}\p{N}]/gu, ''));
  return marks.some((mark) =>
    terms.some((term) => mark === term.replace(/[^\p{L}\p{N}]/gu, '') || (mark.length >= 3 && mark.length >= term.length * 0.4)),
  );
}

/**
 * The link a result opens: Pagefind's URL (base path and highlight terms included) plus the
 * matched paragraph's fragment.
 * @example resultUrl('/ladder/web-operations/senior/?pagefind-highlight=mentoring', 'you-have-excellent') // '…?pagefind-highlight=mentoring#you-have-excellent'
 */
export function resultUrl(url: string, anchorId: string | undefined): string {
  const page = url.replace(/#.*$/, '');
  return anchorId ? `${page}#${encodeURIComponent(anchorId)}` : page;
}

/** What the UI shows for one Pagefind result. */
export function toHit(data: PagefindResultData): SearchHit {
  const { meta } = data;
  const where = [meta['track'], meta['rank'] ? `Level ${meta['rank']}` : undefined].filter(Boolean).join(' · ');
  const anchors = data.anchors ?? [];
  const block = matchedBlock(anchors, data.locations ?? []);
  const section = sectionOf(anchors, block?.id);
  return {
    url: resultUrl(data.url, block?.id),
    title: meta['title'] ?? data.url,
    where,
    ...(section ? { section } : {}),
    excerpt: data.excerpt,
  };
}

/**
 * The sentence the status line says after a search: how many results it shows, out of how many,
 * for which words, and which typed words it left out (see `topicOf`).
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

/**
 * Words that shape a question rather than name its topic: "who owns mentoring?" asks about
 * mentoring. Pagefind finds only pages holding every word, so such words would narrow a search
 * to levels that happen to use them ("who" is in one level's text), or find nothing at all.
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

/** A query's topic (`topicOf`): the words to search, and the typed words left out. */
export interface QueryTopic {
  topic: string;
  ignored: string[];
}

/**
 * The topic of a query asked as a question: its words without the ones that only shape the
 * question. Undefined when there are none of those, or nothing else: the query is then searched
 * as typed.
 * @example topicOf('Who owns mentoring?') // { topic: 'mentoring', ignored: ['Who', 'owns'] }
 * @example topicOf('mentoring') // undefined
 */
export function topicOf(query: string): QueryTopic | undefined {
  const words = query.split(/\s+/).map((word) => word.replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, '')).filter(Boolean);
  const isQuestionWord = (word: string) => QUESTION_WORDS.has(word.toLowerCase());
  const topic = words.filter((word) => !isQuestionWord(word));
  const ignored = words.filter(isQuestionWord);
  return topic.length > 0 && ignored.length > 0 ? { topic: topic.join(' '), ignored } : undefined;
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
