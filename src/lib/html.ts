/**
 * Escapes text for HTML, in element content and in quoted attribute values alike. Small and
 * dependency-free: the browser's compare page uses it too.
 * @example escapeHtml('R&D <team>') // 'R&amp;D &lt;team&gt;'
 */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (char) => `&#${char.charCodeAt(0)};`);
}
