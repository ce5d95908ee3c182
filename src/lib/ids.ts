/**
 * A level's id, from its file path relative to the content folder: the track folder and the
 * file name, lower-cased, without the extension. The id is also the level's URL path.
 * @example levelIdFromPath('web-operations/Senior.md') // 'web-operations/senior'
 */
export function levelIdFromPath(relativePath: string): string {
  return relativePath
    .replace(/\\/g, '/')
    .replace(/\.(md|mdx)$/i, '')
    .toLowerCase();
}

/**
 * A track's id: the name of the folder its `_track.yml` and levels live in.
 * @example trackIdFromPath('web-operations/_track.yml') // 'web-operations'
 */
export function trackIdFromPath(relativePath: string): string {
  return relativePath.replace(/\\/g, '/').split('/')[0]!.toLowerCase();
}

/**
 * Turns a `next` reference into a full level id: a bare name means a level of the same track.
 * @example resolveLevelRef('senior', 'web-operations') // 'web-operations/senior'
 * @example resolveLevelRef('management/manager', 'web-operations') // 'management/manager'
 */
export function resolveLevelRef(ref: string, fromTrack: string): string {
  const clean = ref.trim().replace(/^\/+|\/+$/g, '').toLowerCase();
  return clean.includes('/') ? clean : `${fromTrack}/${clean}`;
}

/**
 * The file-name part of a level id: the last segment of its URL.
 * @example levelSlug('web-operations/senior') // 'senior'
 */
export function levelSlug(levelId: string): string {
  return levelId.slice(levelId.indexOf('/') + 1);
}
