/**
 * Share links: a level's address whose fragment carries one or two people's marks and notes, so
 * an employee can hand a self-review to their manager, and the manager can hand it back with
 * theirs beside it. The fragment never reaches a server (browsers do not send it). Marks are keyed
 * by the text hash of their expectation (6 characters rather than a long id), which also shows
 * when the ladder's wording changed between sharing and opening. The payload is compact JSON,
 * compressed with deflate-raw (CompressionStream, which plain-HTTP pages have too) and written in
 * base64url. Runs in the browser and in Node 24 alike.
 */
import { isMark, NOTE_LIMIT, type Entry, type Expectation, type Mark } from './model.ts';

/** What the fragment starts with, then the format's version and a dot. */
export const SHARE_PREFIX = 'review=';
export const SHARE_VERSION = 1;

/** Links longer than this may be cut by chat programs and mail: offer the Markdown export instead. */
export const SHARE_LINK_LIMIT = 4000;

/**
 * The share link for a level's address and a fragment, or how long it would be when it passes
 * SHARE_LINK_LIMIT (the page then offers the Markdown export instead).
 * @example shareLink('https://example.com/ops/senior/', 'review=1.abc') // { link: 'https://example.com/ops/senior/#review=1.abc' }
 */
export function shareLink(levelUrl: string, fragment: string): { link: string } | { tooLong: number } {
  const link = `${levelUrl.replace(/#.*$/, '')}#${fragment}`;
  return link.length > SHARE_LINK_LIMIT ? { tooLong: link.length } : { link };
}

/** One person's marks in a share link, by text hash. */
export interface ShareSide {
  /** Who marked, as they typed it; may be empty. */
  name: string;
  /** When they shared it: YYYY-MM-DD. */
  date: string;
  marks: Record<string, { mark?: Mark; note?: string }>;
}

const MARK_CODES: Record<Mark, string> = { met: 'm', working: 'w', 'not-yet': 'n' };
const CODE_MARKS: Record<string, Mark> = { m: 'met', w: 'working', n: 'not-yet' };

function toBase64Url(bytes: Uint8Array): string {
  let binary = '';
  for (const byte of bytes) binary += String.fromCharCode(byte);
  return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

function fromBase64Url(text: string): Uint8Array {
  const binary = atob(text.replace(/-/g, '+').replace(/_/g, '/'));
  return Uint8Array.from(binary, (char) => char.charCodeAt(0));
}

async function transform(bytes: Uint8Array, stream: CompressionStream | DecompressionStream): Promise<Uint8Array> {
  const output = new Blob([bytes as BlobPart]).stream().pipeThrough(stream);
  return new Uint8Array(await new Response(output).arrayBuffer());
}

/** Whether this browser can make and read share links (CompressionStream with deflate-raw). */
export function canShare(): boolean {
  try {
    new CompressionStream('deflate-raw');
    return true;
  } catch {
    return false;
  }
}

/** The fragment (without `#`) carrying these sides, e.g. `review=1.<base64url>`. */
export async function encodeShare(sides: readonly ShareSide[]): Promise<string> {
  const compact = sides.map((side) => [
    side.name,
    side.date,
    Object.entries(side.marks).map(([hash, { mark, note }]) => (note ? [hash, mark ? MARK_CODES[mark] : '', note] : [hash, mark ? MARK_CODES[mark] : ''])),
  ]);
  const bytes = new TextEncoder().encode(JSON.stringify(compact));
  return `${SHARE_PREFIX}${SHARE_VERSION}.${toBase64Url(await transform(bytes, new CompressionStream('deflate-raw')))}`;
}

/** What reading a share fragment gave: the sides, or a sentence saying why it could not be read. */
export type ShareReadResult = { sides: ShareSide[] } | { problem: string };

const DATE = /^\d{4}-\d{2}-\d{2}$/;

/** Reads a fragment (with or without `#`). Never throws: a damaged or foreign link gives a polite problem. */
export async function decodeShare(fragment: string): Promise<ShareReadResult> {
  const text = fragment.replace(/^#/, '');
  const damaged = { problem: 'This share link is incomplete or damaged, so its marks cannot be shown. Ask for the link again.' };
  if (!text.startsWith(SHARE_PREFIX)) return damaged;
  const [version, data] = text.slice(SHARE_PREFIX.length).split('.', 2);
  if (version !== String(SHARE_VERSION)) {
    return { problem: 'This share link was made by another version of this site, so its marks cannot be shown here.' };
  }
  try {
    const json = new TextDecoder().decode(await transform(fromBase64Url(data ?? ''), new DecompressionStream('deflate-raw')));
    const value: unknown = JSON.parse(json);
    if (!Array.isArray(value) || value.length === 0 || value.length > 2) return damaged;
    const sides: ShareSide[] = [];
    for (const side of value) {
      if (!Array.isArray(side) || typeof side[0] !== 'string' || typeof side[1] !== 'string' || !DATE.test(side[1]) || !Array.isArray(side[2])) return damaged;
      const marks: ShareSide['marks'] = {};
      for (const item of side[2] as unknown[]) {
        if (!Array.isArray(item) || typeof item[0] !== 'string' || typeof item[1] !== 'string') continue;
        const mark = CODE_MARKS[item[1]];
        const note = typeof item[2] === 'string' ? item[2].slice(0, NOTE_LIMIT) : '';
        if (!mark && !note) continue;
        marks[item[0]] = { ...(isMark(mark) ? { mark } : {}), ...(note ? { note } : {}) };
      }
      sides.push({ name: side[0].slice(0, 60), date: side[1], marks });
    }
    return { sides };
  } catch {
    return damaged;
  }
}

/**
 * "Sam's marks of 3 March 2026" (or "Marks of 3 March 2026" without a name): who and when, for
 * the shared view's heading.
 */
export function sideTitle(side: Pick<ShareSide, 'name' | 'date'>): string {
  const [year, month, day] = side.date.split('-').map(Number);
  const date = new Date(Date.UTC(year!, month! - 1, day!)).toLocaleDateString('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });
  const name = side.name.trim();
  return name ? `${name}${/s$/i.test(name) ? '’' : '’s'} marks of ${date}` : `Marks of ${date}`;
}

/** One person's marks by expectation id, as the page and the exports read them. */
export type SideMarks = Record<string, { mark?: Mark; note?: string } | undefined>;

/**
 * A share link's marks (keyed by text hash) by the ids of the page's expectations; a mark whose
 * text is no longer on the page matches nothing.
 */
export function marksById(side: ShareSide, expectations: readonly Pick<Expectation, 'id' | 'hash'>[]): SideMarks {
  const marks: SideMarks = {};
  for (const expectation of expectations) {
    const found = side.marks[expectation.hash];
    if (found) marks[expectation.id] = found;
  }
  return marks;
}

/** Stored marks keyed by the hash of the text each was given against, for a share link; marks of vanished expectations are left out. */
export function marksByHash(entries: Readonly<Record<string, Entry | undefined>>, expectations: readonly Pick<Expectation, 'id'>[]): ShareSide['marks'] {
  const marks: ShareSide['marks'] = {};
  for (const expectation of expectations) {
    const entry = entries[expectation.id];
    if (entry) marks[entry.hash] = { ...(entry.mark ? { mark: entry.mark } : {}), ...(entry.note ? { note: entry.note } : {}) };
  }
  return marks;
}

/**
 * A date as YYYY-MM-DD in the reader's own time zone: the day a link is shared.
 * @example localDay(new Date(2026, 2, 3)) // '2026-03-03'
 */
export function localDay(date: Date): string {
  return `${date.getFullYear()}-${String(date.getMonth() + 1).padStart(2, '0')}-${String(date.getDate()).padStart(2, '0')}`;
}
