// The words of the ladder as the search sees them, worked out at build time from the indexed text
// (src/integrations/pagefind.ts) and read by the browser from two small files next to the index:
//
// - compounds.json: every hyphenated word of the ladder ("on-call", "self-study", "X-ray"), by its
//   letters alone ("oncall"). The query shaping (search-results.ts) uses it to read "on call" as
//   the compound. Fetched only for a query of two words or more.
// - vocabulary.json: the distinct words of four letters or more, with how often each is used, for
//   "Did you mean …?" when a query finds nothing. Fetched only then.
//
// How Pagefind (1.6) treats such words, which all of this follows: it splits the text on
// whitespace only; a word holding punctuation ("on-call") is indexed whole without it ("oncall",
// stemmed) and, at the same position, as its parts of two letters or more ("on", "call"; the "x"
// of "X-ray" is dropped); a soft hyphen (U+00AD) splits parts as a hyphen does. A query drops
// punctuation before searching, so "on-call" is searched as "oncall", and each word of a query
// matches every indexed word it starts (after stemming), or, when there is none, the longest
// indexed word that starts it ("tomato" → "to").
// Pure: no DOM, no Node; unit-tested.

/** The file names, in the search bundle's folder. */
export const COMPOUNDS_FILE = 'compounds.json';
export const VOCABULARY_FILE = 'vocabulary.json';

/**
 * What joins the words of a compound written with spaces ("on call" where the ladder also says
 * "on-call") in the text handed to the index: two soft hyphens. Pagefind then indexes "oncall"
 * and its parts at one position, as for "on-call"; nothing else writes two soft hyphens in a row,
 * so the search shows them as the space they stand for (`showJoined`). The pages are not changed.
 */
export const COMPOUND_JOINER = '\u00AD\u00AD';

/** compounds.json: each compound's letters (lower case) → the compound as the ladder writes it. */
export type CompoundList = Record<string, string>;

/** vocabulary.json: distinct words, most used first, and how often each is used. */
export interface Vocabulary {
  words: string[];
  counts: number[];
}

/** Shortest word worth suggesting: shorter ones are nearly all a typo away from each other. */
export const MIN_VOCABULARY_WORD = 4;

/**
 * A word's letters and digits only, lower case, accents dropped, as Pagefind indexes it.
 * @example lettersOf('On-call,') // 'oncall'
 */
export function lettersOf(word: string): string {
  return word
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]/gu, '');
}

/** Text shown to a reader: the joined compounds' spaces back. */
export function showJoined(text: string): string {
  return text.replaceAll(COMPOUND_JOINER, ' ');
}

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ' };

function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (entity, name: string) => {
    if (name[0] === '#') return String.fromCodePoint(name[1] === 'x' || name[1] === 'X' ? parseInt(name.slice(2), 16) : parseInt(name.slice(1), 10));
    return ENTITIES[name.toLowerCase()] ?? entity;
  });
}

/**
 * Where the indexed element (the one marked `marker`) starts and ends in a page's HTML: from the
 * end of its opening tag to the start of its closing tag. Undefined when the page has none.
 */
export function indexedRegion(html: string, marker = 'data-pagefind-body'): { start: number; end: number } | undefined {
  const at = html.indexOf(marker);
  if (at === -1) return undefined;
  const open = html.lastIndexOf('<', at);
  const tag = /^<([a-z][a-z0-9-]*)/i.exec(html.slice(open))?.[1]?.toLowerCase();
  const start = html.indexOf('>', at) + 1;
  if (!tag || start === 0) return undefined;
  // The closing tag that balances the opening one (same-named elements may nest inside).
  const tags = new RegExp(`<(/?)${tag}(?=[\\s>/])[^>]*>`, 'gi');
  tags.lastIndex = start;
  let depth = 1;
  for (let found = tags.exec(html); found; found = tags.exec(html)) {
    depth += found[1] ? -1 : 1;
    if (depth === 0) return { start, end: found.index };
  }
  return { start, end: html.length };
}

/** Elements whose content is not text a reader sees. */
const NOT_TEXT = /<(script|style|template)\b[^>]*>[\s\S]*?<\/\1>/gi;
/** Tags that sit inside a word ("on<em>-</em>call") rather than between words. */
const INLINE_TAG = /^<\/?(a|abbr|b|code|em|i|kbd|mark|q|s|small|span|strong|sub|sup|u)\b/i;

/**
 * The text of the indexed element of a page, as words separated by spaces.
 * @example indexedText('<main><div data-pagefind-body><p>On-<em>call</em> rota</p></div></main>') // 'On-call rota'
 */
export function indexedText(html: string): string {
  const region = indexedRegion(html);
  if (!region) return '';
  const inner = html.slice(region.start, region.end).replace(NOT_TEXT, ' ');
  return decodeEntities(inner.replace(/<[^>]*>/g, (tag) => (INLINE_TAG.test(tag) ? '' : ' ')))
    .replace(/\s+/g, ' ')
    .trim();
}

/** A word of the text with the punctuation around it taken off ("(on-call)," → "on-call"). */
const WORD = /[\p{L}\p{N}]+(?:[\p{Pd}'][\p{L}\p{N}]+)*/gu;
const JOINED = /[\p{Pd}']/u;
const HYPHEN = /\p{Pd}/u;
const DIGIT = /\p{N}/u;

const count = (counts: Map<string, number>, key: string) => counts.set(key, (counts.get(key) ?? 0) + 1);

/**
 * Counts the words of a text into `words` (lower case, four letters or more: compounds whole and
 * their long parts) and its hyphenated words into `compounds` (by letters, with each written form).
 */
export function collectWords(text: string, words: Map<string, number>, compounds: Map<string, Map<string, number>>): void {
  for (const token of text.toLowerCase().replaceAll('’', "'").split(' ')) {
    // The common case, kept cheap (a build reads every level): a plain word, maybe with
    // punctuation around it.
    const plain = PLAIN_WORD.exec(token)?.[1];
    if (plain !== undefined) {
      if (plain.length >= MIN_VOCABULARY_WORD) count(words, plain);
      continue;
    }
    for (const [word] of token.matchAll(WORD)) collectWord(word, words, compounds);
  }
}

/** A word of ASCII letters, with punctuation around it (no Unicode classes: they are slower). */
const PLAIN_WORD = /^[("'[]*([a-z]+)[)\].,;:!?"']*$/;

function collectWord(word: string, words: Map<string, number>, compounds: Map<string, Map<string, number>>): void {
  if (HYPHEN.test(word)) {
    const letters = lettersOf(word);
    const forms = compounds.get(letters) ?? new Map<string, number>();
    count(forms, word);
    compounds.set(letters, forms);
    if (letters.length >= MIN_VOCABULARY_WORD) count(words, word);
  }
  for (const part of word.split(JOINED)) {
    if (part.length >= MIN_VOCABULARY_WORD && !DIGIT.test(part)) count(words, part);
  }
}

/** compounds.json from the collected compounds: each by its most used written form. */
export function compoundList(compounds: Map<string, Map<string, number>>): CompoundList {
  const list: CompoundList = {};
  for (const [letters, forms] of [...compounds].sort(([a], [b]) => a.localeCompare(b))) {
    list[letters] = [...forms].sort(([a, x], [b, y]) => y - x || a.localeCompare(b))[0]![0];
  }
  return list;
}

/** vocabulary.json from the collected words: most used first, then alphabetical. */
export function vocabularyOf(words: Map<string, number>): Vocabulary {
  const sorted = [...words].sort(([a, x], [b, y]) => y - x || a.localeCompare(b));
  return { words: sorted.map(([word]) => word), counts: sorted.map(([, count]) => count) };
}

/** Finds the compounds of a list written with spaces ("on call", "end to end") in a text. */
export type CompoundJoiner = (html: string) => string;

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * A function that, in the indexed element of a page's HTML, joins the words of every compound of
 * the list written with spaces ("on call" where the ladder also says "on-call") with
 * `COMPOUND_JOINER`, so that the index finds it as it finds "on-call". Only text is changed, never
 * tags or attributes, and a compound is joined only within one piece of text.
 * @example compoundJoiner({ oncall: 'on-call' })('<div data-pagefind-body>being on call</div>') // 'being on\u00AD\u00ADcall'
 */
export function compoundJoiner(compounds: CompoundList): CompoundJoiner {
  const spaced = Object.values(compounds)
    .map((form) => form.split(/[\p{Pd}]+/u).filter(Boolean))
    .filter((parts) => parts.length > 1 && parts.every((part) => /^[\p{L}\p{N}']+$/u.test(part)))
    .sort((a, b) => b.join('').length - a.join('').length)
    .map((parts) => parts.map(escapeRegExp).join('\\s+'));
  if (spaced.length === 0) return (html) => html;
  const pattern = new RegExp(`(?<![\\p{L}\\p{N}\\p{Pd}])(?:${spaced.join('|')})(?![\\p{L}\\p{N}]|\\p{Pd}[\\p{L}\\p{N}])`, 'giu');
  const join = (text: string) => text.replace(pattern, (found) => found.replace(/\s+/g, COMPOUND_JOINER));
  return (html) => {
    const region = indexedRegion(html);
    if (!region) return html;
    const inner = html
      .slice(region.start, region.end)
      .split(/(<[^>]*>)/)
      .map((piece) => (piece.startsWith('<') ? piece : join(piece)))
      .join('');
    return html.slice(0, region.start) + inner + html.slice(region.end);
  };
}
