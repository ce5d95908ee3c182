/** How many accent colours the palette has (`--accent-1` … in src/styles/global.css). */
export const ACCENT_COUNT = 6;

/**
 * The CSS class that gives a track its accent colour: tracks take the palette's colours in
 * their listed order (`order` in _track.yml), starting again after the last one. Every colour
 * of the palette meets WCAG AA contrast in both themes, so no track can pick an unreadable one.
 * @example trackAccent(['web-operations', 'management'], 'management') // 'accent-2'
 */
export function trackAccent(trackIds: readonly string[], trackId: string): string {
  const index = Math.max(0, trackIds.indexOf(trackId));
  return `accent-${(index % ACCENT_COUNT) + 1}`;
}
