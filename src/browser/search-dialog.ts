// The header's search dialog, loaded the first time the user reaches for search. While it loads,
// what the user types stays in the header's field (search-loader.ts focuses it); this module
// builds the dialog's panel, and on each `search-open` moves that text into the dialog's field,
// opens the dialog and runs the query.
import { searchPanelHtml } from '../lib/search-panel.ts';
import { mountSearchView } from './search-view.ts';

/** Sent by the loader each time it opens the dialog; `detail` is the element to refocus on close. */
export const OPEN_EVENT = 'search-open';

const dialog = document.querySelector<HTMLDialogElement>('[data-search-dialog]');
const trigger = document.querySelector<HTMLInputElement>('[data-search-trigger]');
if (dialog) {
  dialog.insertAdjacentHTML('afterbegin', searchPanelHtml({ idPrefix: 'dialog', action: dialog.dataset.searchAction ?? '/search/' }));
  const panel = dialog.querySelector<HTMLFormElement>('[data-search-panel]')!;
  const field = panel.querySelector<HTMLInputElement>('[data-search-input]')!;
  const view = mountSearchView(panel);
  fitVisibleViewport(dialog);
  let returnFocus: unknown;
  dialog.addEventListener(OPEN_EVENT, (event) => {
    returnFocus = (event as CustomEvent<unknown>).detail;
    if (trigger?.value) {
      field.value = trigger.value;
      trigger.value = '';
    }
    if (!dialog.open) dialog.showModal();
    field.focus();
    view.run();
  });
  dialog.addEventListener('close', () => {
    if (returnFocus instanceof HTMLElement && returnFocus.isConnected) returnFocus.focus();
  });
  // Escape closes at once: the browser's own first Escape in a search field only clears it.
  dialog.addEventListener('keydown', (event) => {
    if (event.key !== 'Escape') return;
    event.preventDefault();
    dialog.close();
  });
  // A click on the dimmed backdrop (outside the dialog's box) closes it, as Esc does.
  dialog.addEventListener('click', (event) => {
    if (event.target === dialog) dialog.close();
  });
}

/**
 * Keeps the dialog within the part of the screen the reader can see: on a phone the on-screen
 * keyboard takes the lower half without shrinking the page, and only the visual viewport says so.
 * The CSS sizes the dialog from these two properties (100dvh without them).
 */
function fitVisibleViewport(element: HTMLElement): void {
  const viewport = window.visualViewport;
  if (!viewport) return;
  const fit = () => {
    element.style.setProperty('--search-viewport', `${Math.round(viewport.height)}px`);
    element.style.setProperty('--search-viewport-top', `${Math.round(viewport.offsetTop)}px`);
  };
  fit();
  viewport.addEventListener('resize', fit);
  viewport.addEventListener('scroll', fit);
}
