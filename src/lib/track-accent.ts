/**
 * The palette's accent colours by name (`--accent-1` … `--accent-6` in src/styles/global.css, in
 * this order). A track names one with `accent:` in its _track.yml; tracks that do not take them
 * in their listed order. Every colour meets WCAG AA contrast in both themes (tests/unit/palette.test.ts),
 * so no choice can make a track unreadable.
 */
export const ACCENTS = ['blue', 'teal', 'violet', 'rose', 'green', 'magenta'] as const;

export type AccentName = (typeof ACCENTS)[number];

/** How many accent colours the palette has. */
export const ACCENT_COUNT = ACCENTS.length;

/**
 * The CSS class that gives a track its accent colour: the one its `accent` names, else the
 * palette's colour for its position among the tracks, starting again after the last one.
 * @example trackAccent([{ id: 'web-operations' }, { id: 'management' }], 'management') // 'accent-2'
 * @example trackAccent([{ id: 'management', accent: 'violet' }], 'management') // 'accent-3'
 */
export function trackAccent(tracks: readonly { id: string; accent?: AccentName | undefined }[], trackId: string): string {
  const index = Math.max(0, tracks.findIndex((track) => track.id === trackId));
  const named = tracks[index]?.accent;
  return `accent-${(named ? ACCENTS.indexOf(named) : index % ACCENT_COUNT) + 1}`;
}
