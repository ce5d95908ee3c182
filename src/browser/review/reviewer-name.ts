// The reader's name for share links ("Sam's marks of 3 March 2026"): optional, typed once and
// remembered in this browser for the site (at its base path), so the next link carries it too.
import { h, uid } from './dom.ts';

const NAME_KEY = 'career-ladder-review-name:';

/** The name typed last time, or '' (also when storage is off). */
export function savedName(base: string): string {
  try {
    return localStorage.getItem(NAME_KEY + base) ?? '';
  } catch {
    return '';
  }
}

/** A labelled text field holding the saved name; a changed name is saved. */
export function nameField(base: string, label: string): HTMLElement {
  const id = uid('review-name');
  const field = h('input', { id, type: 'text', autocomplete: 'name', maxlength: '60', 'data-review-name': true });
  field.value = savedName(base);
  field.addEventListener('change', () => {
    try {
      localStorage.setItem(NAME_KEY + base, field.value.trim());
    } catch {
      // Not kept: typed again next time.
    }
  });
  return h('p', { class: 'review-field' }, h('label', { for: id }, label), field);
}

/** The name in a field made by nameField, trimmed. */
export function typedName(field: HTMLElement): string {
  return (field.querySelector('input') as HTMLInputElement).value.trim();
}
