// "Show only what I have not marked Met": a checkbox in the panel, and the hiding it does. A
// bullet marked Met stays while a bullet nested under it is still shown, so no shown bullet loses
// the one it belongs to.
import { announce } from './actions.ts';
import { h, uid } from './dom.ts';
import type { PageExpectation } from './page-data.ts';

/** The checkbox; `onToggle` gets its new state (the announcement is made here). */
export function filterControl(checked: boolean, onToggle: (on: boolean) => void): HTMLElement {
  const id = uid('review-filter');
  const box = h('input', { type: 'checkbox', id, checked });
  box.addEventListener('change', () => {
    onToggle(box.checked);
    announce(box.checked ? 'Showing only what is not marked Met.' : 'Showing every expectation.');
  });
  return h('p', { class: 'review-filter' }, box, ' ', h('label', { for: id }, 'Show only what I have not marked Met'));
}

/**
 * Hides the expectations marked Met when `on`, and shows every one otherwise. The review controls
 * under a paragraph sit beside it and are hidden with it; a bullet's sit inside the bullet.
 */
export function hideMet(
  on: boolean,
  expectations: readonly PageExpectation[],
  items: ReadonlyMap<string, HTMLElement>,
  marks: Readonly<Record<string, { mark?: string } | undefined>>,
): void {
  const hidden = new Set(expectations.filter((one) => on && marks[one.id]?.mark === 'met').map((one) => one.id));
  // From the last to the first, so nested bullets are settled before the bullet they sit in.
  for (const expectation of [...expectations].reverse()) {
    const { element } = expectation;
    const shownInside = element.tagName === 'LI' && [...element.querySelectorAll<HTMLElement>('li[data-h]')].some((inner) => !inner.hidden);
    const hide = hidden.has(expectation.id) && !shownInside;
    element.hidden = hide;
    const item = items.get(expectation.id);
    if (item && element.tagName !== 'LI') item.hidden = hide;
  }
}
