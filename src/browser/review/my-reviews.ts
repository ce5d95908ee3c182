// The My reviews page: every level this browser holds self-review marks for (at this site's base
// path), with progress, and open, export and clear for each. Reads localStorage only.
import { MARK_LABELS, progressText, readReview, type LevelReview } from '../../lib/review/model.ts';
import { exportFileName, reviewCsv, reviewMarkdown, type ExportInput } from '../../lib/review/export.ts';
import { joinBase } from '../../lib/urls.ts';
import { download } from './actions.ts';
import { h, loadStyles } from './dom.ts';
import { basePath } from './page-data.ts';
import { clearReview, storedLevels } from './storage.ts';

const list = document.querySelector<HTMLElement>('[data-my-reviews]');
const empty = document.querySelector<HTMLElement>('[data-my-reviews-empty]');

const dateText = (iso: string): string =>
  iso ? new Date(iso).toLocaleDateString('en-GB', { day: 'numeric', month: 'long', year: 'numeric' }) : 'an unknown date';

/** A level's stored marks as an export: the marked expectations, with the text they were marked against. */
function exportInput(review: LevelReview, url: string): ExportInput {
  return {
    title: review.title,
    url,
    rows: Object.entries(review.entries).map(([id, entry]) => ({ id, url: new URL(`#${id}`, url).href, section: entry.section ?? '', text: entry.text ?? '' })),
    sides: [{ label: 'Your mark', entries: review.entries }],
  };
}

function render(): void {
  if (!list || !empty) return;
  const base = basePath();
  const levels = storedLevels(base);
  list.replaceChildren();
  for (const { level, raw } of levels) {
    const { review, problem } = readReview(raw, level, level, 0);
    const path = joinBase(base, `/${level}/`);
    const url = review.url ?? new URL(path, location.href).href;
    const marks = Object.values(review.entries);
    const counts = { total: Math.max(review.total, marks.length), marked: marks.filter((entry) => entry.mark).length, met: marks.filter((entry) => entry.mark === 'met').length };
    const title = review.title || level;
    const markdown = h('button', { type: 'button' }, 'Download Markdown', h('span', { class: 'visually-hidden' }, ` of ${title}`));
    markdown.addEventListener('click', () => download(exportFileName(level, 'md'), 'text/markdown;charset=utf-8', reviewMarkdown(exportInput(review, url))));
    const csv = h('button', { type: 'button' }, 'Download CSV', h('span', { class: 'visually-hidden' }, ` of ${title}`));
    csv.addEventListener('click', () => download(exportFileName(level, 'csv'), 'text/csv;charset=utf-8', `\ufeff${reviewCsv(exportInput(review, url))}`));
    const clear = h('button', { type: 'button' }, 'Clear my marks', h('span', { class: 'visually-hidden' }, ` on ${title}`));
    clear.addEventListener('click', () => {
      if (!confirm(`Clear your marks and notes on ${title}? This cannot be undone.`)) return;
      clearReview(base, level);
      render();
      document.querySelector<HTMLElement>('[data-my-reviews-status]')!.textContent = `Your marks on ${title} were cleared.`;
    });
    list.append(
      h(
        'li',
        { class: 'my-review' },
        h('h2', {}, h('a', { href: path }, title)),
        h('p', {}, problem ?? `${progressText(counts)}. Last changed on ${dateText(review.updated)}.`),
        h('p', { class: 'muted' }, Object.entries(MARK_LABELS).map(([mark, label]) => `${label}: ${marks.filter((entry) => entry.mark === mark).length}`).join(', ')),
        h('div', { class: 'review-actions', role: 'group', 'aria-label': `Export or clear ${title}` }, markdown, csv, clear),
      ),
    );
  }
  list.hidden = levels.length === 0;
  empty.hidden = levels.length > 0;
}

loadStyles();
render();
// Marks changed in another tab show here too.
addEventListener('storage', render);
