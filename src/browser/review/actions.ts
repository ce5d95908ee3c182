// Copying and downloading, all in the browser: no request is made. The asynchronous clipboard
// needs a secure context (HTTPS or localhost); on a plain-HTTP intranet host it is missing, and
// the text is offered in a selected field to copy by hand instead.
import { h, uid } from './dom.ts';

/** Says something politely through the page's live region (the one copy-link uses). */
export function announce(message: string): void {
  const status = document.querySelector<HTMLElement>('[data-copy-status]');
  if (!status) return;
  status.textContent = message;
  setTimeout(() => status.textContent === message && (status.textContent = ''), 6000);
}

/**
 * Copies text to the clipboard and announces `done`; without a clipboard, shows the text in a
 * read-only field inside `fallbackHost`, selected, with how to copy it.
 */
export async function copyText(text: string, done: string, what: string, fallbackHost: HTMLElement): Promise<void> {
  fallbackHost.replaceChildren();
  fallbackHost.hidden = true;
  try {
    if (!navigator.clipboard) throw new Error('no clipboard');
    await navigator.clipboard.writeText(text);
    announce(done);
  } catch {
    const id = uid('review-copy');
    const field = h('textarea', { id, readonly: true, rows: '8' });
    field.value = text;
    fallbackHost.append(
      h('label', { for: id }, `${what}: this browser does not let the page use the clipboard here. Select the text below and copy it (Ctrl+C or ⌘C).`),
      field,
    );
    fallbackHost.hidden = false;
    field.focus();
    field.select();
    announce(`${what} is ready to copy in a text field.`);
  }
}

/** Saves text as a file, from memory (a blob: address, never the network). */
export function download(fileName: string, type: string, text: string): void {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const link = h('a', { href: url, download: fileName, hidden: true });
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
  announce(`${fileName} downloaded.`);
}
