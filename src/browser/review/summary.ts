// The panel's summary: progress over the level in a live region, the agreement of two people in a
// check-in in another, and progress by section in a list. A live region's text is set only when
// its sentence changes, so typing a note (which changes no count) announces nothing.
import { agreementText, progress, progressText, sectionProgress, type Agreement, type Mark } from '../../lib/review/model.ts';
import { h } from './dom.ts';
import type { PageExpectation } from './page-data.ts';

/** Sets an element's text only when it differs, so screen readers hear a live region only when it says something new. */
function setText(element: Element | null | undefined, text: string): void {
  if (element && element.textContent !== text) element.textContent = text;
}

/**
 * Shows the progress of `marks` (the reviewed person's: one's own, or on a shared review the
 * sharer's) and, in a check-in, where the two agree.
 */
export function showSummary(
  panel: HTMLElement | undefined,
  expectations: readonly PageExpectation[],
  marks: Readonly<Record<string, { mark?: Mark } | undefined>>,
  both: Agreement | undefined,
): void {
  setText(panel?.querySelector('[data-review-progress]'), progressText(progress(expectations, marks)));
  setText(panel?.querySelector('[data-review-agreement]'), both ? agreementText(both) : '');
  const sections = panel?.querySelector<HTMLElement>('[data-review-sections]');
  if (sections) {
    const lines = sectionProgress(expectations, marks);
    sections.replaceChildren(...lines.map((line) => h('li', {}, line)));
    sections.hidden = lines.length === 0;
  }
}
