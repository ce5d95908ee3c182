/**
 * The self-review state of one level, as this browser keeps it: which expectations the reader
 * marked Met, Working on it or Not yet, a note for each, and the text each mark was given against.
 * Pure: the browser code (src/browser/review/) reads and writes localStorage with these.
 */

/** The three marks, in the order the page offers them. */
export const MARKS = ['met', 'working', 'not-yet'] as const;
export type Mark = (typeof MARKS)[number];

/** What the page and the exports call each mark. */
export const MARK_LABELS: Record<Mark, string> = { met: 'Met', working: 'Working on it', 'not-yet': 'Not yet' };

/** The longest note, shown beside the field ("120 of 500 characters"). */
export const NOTE_LIMIT = 500;

/** The storage format's version: a stored value of another version is reported, never guessed at. */
export const STORAGE_VERSION = 1;

/** One expectation's mark and note, and the hash of the text they were given against. */
export interface Entry {
  mark?: Mark;
  note?: string;
  /** textHash() of the expectation's text when it was last marked (see text-hash.ts). */
  hash: string;
  /** The expectation's text and section when marked: for the My reviews page's exports and for marks whose text is gone. */
  text?: string;
  section?: string;
}

/** Everything saved for one level. */
export interface LevelReview {
  version: typeof STORAGE_VERSION;
  /** The level's `track/file-name` id, e.g. `web-operations/senior`. */
  level: string;
  /** The level's title when last saved, for the My reviews page. */
  title: string;
  /** How many expectations the level had when last saved, for progress on the My reviews page. */
  total: number;
  /** When the marks last changed, ISO 8601. */
  updated: string;
  /** The level's absolute address when last saved, for the My reviews page's exports. */
  url?: string;
  /** By expectation id. */
  entries: Record<string, Entry>;
}

/** An expectation of the page as the review sees it. */
export interface Expectation {
  id: string;
  /** textHash() of its text, from the page's `data-h`. */
  hash: string;
  /** The section it sits in ('' before the first heading). */
  section: string;
  text: string;
}

/** The prefix of every key this site (at this base path) keeps marks under. */
export function storagePrefix(base: string): string {
  return `career-ladder-review:${base}:`;
}

/**
 * The localStorage key of one level's marks, namespaced by the site's base path, since several
 * sites can share one origin.
 * @example storageKey('/ladder/', 'web-operations/senior') // 'career-ladder-review:/ladder/:web-operations/senior'
 */
export function storageKey(base: string, level: string): string {
  return storagePrefix(base) + level;
}

/** A level with nothing marked yet. */
export function emptyReview(level: string, title: string, total: number): LevelReview {
  return { version: STORAGE_VERSION, level, title, total, updated: '', entries: {} };
}

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);
export const isMark = (value: unknown): value is Mark => MARKS.includes(value as Mark);

/** One stored entry, or undefined when it is not one this version wrote. */
function readEntry(value: unknown): Entry | undefined {
  if (!isRecord(value) || typeof value.hash !== 'string') return undefined;
  if (value.mark !== undefined && !isMark(value.mark)) return undefined;
  if (value.note !== undefined && typeof value.note !== 'string') return undefined;
  if (value.mark === undefined && !value.note) return undefined;
  return {
    hash: value.hash,
    ...(value.mark ? { mark: value.mark } : {}),
    ...(value.note ? { note: value.note.slice(0, NOTE_LIMIT) } : {}),
    ...(typeof value.text === 'string' ? { text: value.text } : {}),
    ...(typeof value.section === 'string' && value.section ? { section: value.section } : {}),
  };
}

/** What reading stored marks found: the marks it could use, and a sentence for the reader when something was wrong. */
export interface ReadResult {
  review: LevelReview;
  problem?: string;
}

/**
 * Reads a level's stored value (null when nothing is stored). Never throws: corrupt, foreign or
 * outdated data gives an empty or partial review and a polite sentence saying what was ignored.
 */
export function readReview(raw: string | null, level: string, title: string, total: number): ReadResult {
  const empty = emptyReview(level, title, total);
  if (raw === null) return { review: empty };
  let value: unknown;
  try {
    value = JSON.parse(raw);
  } catch {
    return { review: empty, problem: 'Your saved marks for this level could not be read, so they are not shown. Marking again replaces them.' };
  }
  if (!isRecord(value) || typeof value.version !== 'number') {
    return { review: empty, problem: 'What this browser keeps for this level is not a self-review this site saved, so it is ignored. Marking again replaces it.' };
  }
  if (value.version !== STORAGE_VERSION) {
    const newer = value.version > STORAGE_VERSION;
    return {
      review: empty,
      problem: newer
        ? 'Your saved marks for this level come from a newer version of this site and cannot be shown here. Marking again replaces them.'
        : 'Your saved marks for this level are in an old format and cannot be shown. Marking again replaces them.',
    };
  }
  const entries: Record<string, Entry> = {};
  let skipped = 0;
  for (const [id, stored] of Object.entries(isRecord(value.entries) ? value.entries : {})) {
    const entry = readEntry(stored);
    if (entry) entries[id] = entry;
    else skipped++;
  }
  const review: LevelReview = {
    ...empty,
    title: typeof value.title === 'string' && value.title ? value.title : title,
    total: typeof value.total === 'number' ? value.total : total,
    updated: typeof value.updated === 'string' ? value.updated : '',
    ...(typeof value.url === 'string' ? { url: value.url } : {}),
    entries,
  };
  return skipped > 0
    ? { review, problem: `${skipped === 1 ? 'One saved mark' : `${skipped} saved marks`} for this level could not be read and ${skipped === 1 ? 'is' : 'are'} ignored.` }
    : { review };
}

/** The value stored for a level. */
export function writeReview(review: LevelReview): string {
  return JSON.stringify(review);
}

/**
 * The review with one expectation's mark or note changed (undefined removes it); an entry with
 * neither is dropped. The entry takes the expectation's current text hash: marking again
 * acknowledges the new wording.
 */
export function setEntry(
  review: LevelReview,
  expectation: Pick<Expectation, 'id' | 'hash'> & Partial<Pick<Expectation, 'text' | 'section'>>,
  change: { mark?: Mark | undefined; note?: string | undefined },
  now: Date,
): LevelReview {
  const previous = review.entries[expectation.id];
  const mark = 'mark' in change ? change.mark : previous?.mark;
  const note = ('note' in change ? change.note : previous?.note)?.slice(0, NOTE_LIMIT);
  const entries = { ...review.entries };
  const { text, section } = expectation;
  if (mark || note) {
    entries[expectation.id] = {
      hash: expectation.hash,
      ...(mark ? { mark } : {}),
      ...(note ? { note } : {}),
      ...(text ? { text } : {}),
      ...(section ? { section } : {}),
    };
  }
  else delete entries[expectation.id];
  return { ...review, entries, updated: now.toISOString() };
}

/** How an entry stands against the page: on it (maybe with changed text), or its expectation is gone. */
export interface Reconciled {
  /** Entries of expectations on the page whose text changed since they were marked, by id. */
  changed: Set<string>;
  /** Entries whose expectation is no longer on the page: listed for the reader, never dropped. */
  orphans: { id: string; entry: Entry }[];
}

/** Compares the stored entries with the page's expectations. */
export function reconcile(review: LevelReview, expectations: readonly Expectation[]): Reconciled {
  const byId = new Map(expectations.map((expectation) => [expectation.id, expectation]));
  const changed = new Set<string>();
  const orphans: Reconciled['orphans'] = [];
  for (const [id, entry] of Object.entries(review.entries)) {
    const expectation = byId.get(id);
    if (!expectation) orphans.push({ id, entry });
    else if (expectation.hash !== entry.hash) changed.add(id);
  }
  return { changed, orphans };
}

/** Progress over some expectations: how many are marked, how many Met. */
export interface Progress {
  total: number;
  marked: number;
  met: number;
}

/** Progress over the given expectations (a level's, or one section's). */
export function progress(
  expectations: readonly Pick<Expectation, 'id'>[],
  entries: Readonly<Record<string, { mark?: Mark | undefined } | undefined>>,
): Progress {
  let marked = 0;
  let met = 0;
  for (const { id } of expectations) {
    const mark = entries[id]?.mark;
    if (mark) marked++;
    if (mark === 'met') met++;
  }
  return { total: expectations.length, marked, met };
}

/**
 * Progress as a sentence.
 * @example progressText({ total: 14, marked: 7, met: 4 }) // '7 of 14 expectations marked, 4 met'
 */
export function progressText({ total, marked, met }: Progress): string {
  return `${marked} of ${total} ${total === 1 ? 'expectation' : 'expectations'} marked, ${met} met`;
}

/**
 * Progress in each section of the page, in page order, as sentences; expectations before the
 * first heading belong to none.
 * @example sectionProgress(expectations, entries) // ['Delivery: 1 of 2 expectations marked, 1 met']
 */
export function sectionProgress(
  expectations: readonly Pick<Expectation, 'id' | 'section'>[],
  entries: Readonly<Record<string, { mark?: Mark | undefined } | undefined>>,
): string[] {
  const sections = [...new Set(expectations.map((one) => one.section))].filter(Boolean);
  return sections.map((section) => `${section}: ${progressText(progress(expectations.filter((one) => one.section === section), entries))}`);
}

/** Where two people's marks (an employee's and their manager's) agree and differ. */
export interface Agreement {
  /** Both marked it the same. */
  agree: number;
  /** Both marked it, differently: the ids, to highlight. */
  differ: Set<string>;
  /** Only one of them marked it. */
  oneSided: number;
}

/** Compares two people's marks over the given expectations. */
export function agreement(
  ids: readonly string[],
  a: Readonly<Record<string, { mark?: Mark | undefined } | undefined>>,
  b: Readonly<Record<string, { mark?: Mark | undefined } | undefined>>,
): Agreement {
  const result: Agreement = { agree: 0, differ: new Set(), oneSided: 0 };
  for (const id of ids) {
    const [first, second] = [a[id]?.mark, b[id]?.mark];
    if (first && second) {
      if (first === second) result.agree++;
      else result.differ.add(id);
    } else if (first || second) result.oneSided++;
  }
  return result;
}

/**
 * The agreement as a sentence.
 * @example agreementText({ agree: 11, differ: new Set(['a', 'b', 'c']), oneSided: 0 }) // 'You agree on 11, differ on 3.'
 */
export function agreementText({ agree, differ, oneSided }: Agreement): string {
  return `You agree on ${agree}, differ on ${differ.size}.${oneSided ? ` ${oneSided} marked by only one of you.` : ''}`;
}
