// The header's search dialog, loaded the first time the user reaches for search. The loader
// (search-loader.ts) opens the dialog and focuses its field at once, so nothing typed while this
// module loads is lost; it then sends `search-open` and this module runs the query.
import { mountSearchView } from './search-view.ts';

/** Sent by the loader each time it opens the dialog; `detail` is the element to refocus on close. */
export const OPEN_EVENT = 'search-open';

const dialog = document.querySelector<HTMLDialogElement>('[data-search-dialog]');
if (dialog) {
  const view = mountSearchView(dialog.querySelector<HTMLFormElement>('[data-search-panel]')!);
  let returnFocus: unknown;
  dialog.addEventListener(OPEN_EVENT, (event) => {
    returnFocus = (event as CustomEvent<unknown>).detail;
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
