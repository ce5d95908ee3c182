// Always on the page, so kept tiny: on a click, typing, `/` or Ctrl/Cmd+K it loads the search
// code and index, which open the dialog. A plain page view fetches nothing for search.

// Bundled on its own (like a worker) and imported by URL: a plain `import('./search-dialog.ts')`
// would make Vite add its module-preload helper, a second always-loaded script.
import dialogModule from './search-dialog.ts?worker&url';
import highlightModule from './search-highlight.ts?worker&url';

const dialog = document.querySelector<HTMLDialogElement>('[data-search-dialog]');
const trigger = document.querySelector<HTMLInputElement>('[data-search-trigger]');
const load = (): Promise<unknown> => import(/* @vite-ignore */ dialogModule);

function open(): void {
  const text = trigger?.value;
  // On the search page the page's own field is the place to type.
  const pageField = document.querySelector<HTMLInputElement>('[data-search-page] [data-search-input]');
  if (pageField) {
    if (text) {
      pageField.value = text;
      trigger!.value = '';
      pageField.dispatchEvent(new Event('input'));
    }
    return pageField.focus();
  }
  if (!dialog) return;
  const active = document.activeElement;
  const detail = active === document.body ? trigger : active;
  // Until the dialog is ready, what the user types goes into the header's field; the dialog
  // then takes it over, so nothing typed while the search loads is lost.
  if (!dialog.open) trigger?.focus();
  // 'search-open' is search-dialog.ts's OPEN_EVENT (not imported: that would pull the module in).
  void load().then(() => dialog.dispatchEvent(new CustomEvent('search-open', { detail })));
}

function typingInField(target: EventTarget | null): boolean {
  // A key event's target is the document or an element; only an editable one or a field is typed in
  // (the document and SVG elements have neither property). No instanceof: bytes of the 1 KB budget.
  return (target as HTMLElement).isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test((target as HTMLElement).tagName);
}

if (trigger) {
  // Not `once`: import() loads a module once anyway, and the option costs bytes of the 1 KB budget.
  trigger.addEventListener('focus', load);
  trigger.addEventListener('click', open);
  trigger.addEventListener('input', open);
}

document.addEventListener('keydown', (event) => {
  const shortcut = (event.ctrlKey || event.metaKey) && event.key.toLowerCase() === 'k';
  const slash = event.key === '/' && !event.ctrlKey && !event.metaKey && !event.altKey && !typingInField(event.target);
  if (!shortcut && !slash) return;
  event.preventDefault();
  open();
});

// A result link carries the searched words: mark them on the level page.
if (/[?&]pagefind-highlight=/.test(location.search)) void import(/* @vite-ignore */ highlightModule);
