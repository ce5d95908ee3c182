// The export buttons: the review as Markdown on the clipboard (a draft to paste into a review
// tool) or as a Markdown or CSV download, made in the browser from the marks on the page at the
// time of the press. Nothing is sent anywhere.
import { exportFileName, reviewCsv, reviewMarkdown, type ExportSide } from '../../lib/review/export.ts';
import { copyText, download } from './actions.ts';
import { h } from './dom.ts';
import type { LevelPage } from './page-data.ts';

/**
 * The toolbar; `sides` gives the columns (whose marks) when a button is pressed, and `fallback`
 * is where the Markdown is shown to copy by hand when the clipboard cannot be used.
 */
export function exportToolbar(page: LevelPage, sides: () => ExportSide[], fallback: HTMLElement): HTMLElement {
  const input = () => ({
    title: page.title,
    url: page.url,
    rows: page.expectations.map(({ id, url, section, text }) => ({ id, url, section, text })),
    sides: sides(),
  });
  const copy = h('button', { type: 'button' }, 'Copy as Markdown');
  copy.addEventListener('click', () => void copyText(reviewMarkdown(input()), 'Markdown copied.', 'The Markdown', fallback));
  const markdown = h('button', { type: 'button' }, 'Download Markdown');
  markdown.addEventListener('click', () => download(exportFileName(page.level, 'md'), 'text/markdown;charset=utf-8', reviewMarkdown(input())));
  const csv = h('button', { type: 'button' }, 'Download CSV');
  // With a byte order mark, so spreadsheets read the file as UTF-8.
  csv.addEventListener('click', () => download(exportFileName(page.level, 'csv'), 'text/csv;charset=utf-8', `\ufeff${reviewCsv(input())}`));
  return h('div', { class: 'review-actions', role: 'group', 'aria-label': 'Export' }, copy, markdown, csv);
}
