/**
 * A self-review as a document to take into a review: Markdown (a draft to paste into a review
 * tool) and CSV (a spreadsheet). Pure: the browser code puts the result on the clipboard or into
 * a download.
 */
import { MARK_LABELS, type Mark } from './model.ts';

/** One expectation with its absolute permalink. */
export interface ExportRow {
  id: string;
  url: string;
  section: string;
  text: string;
}

/** One person's marks: the reader's own, or the ones a share link carried. */
export interface ExportSide {
  /** Whose marks, e.g. "Your mark" or "Sam". */
  label: string;
  entries: Readonly<Record<string, { mark?: Mark | undefined; note?: string | undefined } | undefined>>;
}

export interface ExportInput {
  /** The level's title. */
  title: string;
  /** The level's absolute URL. */
  url: string;
  rows: readonly ExportRow[];
  /** One side, or two for a check-in (employee and manager). */
  sides: readonly ExportSide[];
}

const markLabel = (mark: Mark | undefined): string => (mark ? MARK_LABELS[mark] : 'Not marked');

/** Quotes text as a Markdown block quote, line by line. */
const quote = (text: string): string =>
  text
    .split(/\r?\n/)
    .map((line) => `> ${line}`)
    .join('\n');

/** A note on one line of Markdown, its own line breaks kept. */
const noteText = (note: string): string => note.replace(/\r?\n/g, '  \n  ');

/**
 * The review draft: the level's title and address, then each expectation quoted with its
 * permalink, then the mark and note of each side.
 */
export function reviewMarkdown({ title, url, rows, sides }: ExportInput): string {
  const lines = [`# Self-review: ${title}`, '', `<${url}>`, ''];
  let section = '';
  for (const row of rows) {
    if (row.section && row.section !== section) lines.push(`## ${row.section}`, '');
    section = row.section;
    lines.push(quote(row.text), `> — <${row.url}>`, '');
    for (const side of sides) {
      const entry = side.entries[row.id];
      const who = sides.length > 1 ? `${side.label}: ` : '';
      lines.push(`- **${who}${markLabel(entry?.mark)}**${entry?.note ? ` — ${noteText(entry.note)}` : ''}`);
    }
    lines.push('');
  }
  return `${lines.join('\n').trimEnd()}\n`;
}

/**
 * One CSV field, RFC 4180: quoted when it holds a comma, quote or line break, quotes doubled. A
 * field a spreadsheet would run as a formula (=, +, -, @ first) gets a leading apostrophe.
 */
export function csvField(value: string): string {
  const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

/** The review as CSV: id, URL, section, text, then mark and note per side; CRLF line ends (RFC 4180). */
export function reviewCsv({ rows, sides }: ExportInput): string {
  const suffix = (side: ExportSide) => (sides.length > 1 ? ` (${side.label})` : '');
  const header = ['id', 'URL', 'section', 'text', ...sides.flatMap((side) => [`mark${suffix(side)}`, `note${suffix(side)}`])];
  const lines = [header, ...rows.map((row) => [row.id, row.url, row.section, row.text, ...sides.flatMap((side) => {
    const entry = side.entries[row.id];
    return [entry?.mark ? MARK_LABELS[entry.mark] : '', entry?.note ?? ''];
  })])];
  return `${lines.map((fields) => fields.map(csvField).join(',')).join('\r\n')}\r\n`;
}

/**
 * A file name for a download.
 * @example exportFileName('web-operations/senior', 'csv') // 'self-review-web-operations-senior.csv'
 */
export function exportFileName(level: string, extension: 'md' | 'csv'): string {
  return `self-review-${level.replace(/[^a-z0-9-]+/gi, '-')}.${extension}`;
}
