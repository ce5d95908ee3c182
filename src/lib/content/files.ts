/**
 * Which files of the content folder are what. Every file is a level, a site file, ignored (editor
 * leftovers and dot-files, by the rule in `isIgnored`) or a problem: nothing an author puts in the
 * folder is silently left out of the site.
 */

/** A file's or folder's name as it may appear in a URL: lower-case letters, digits, single dashes. */
export const URL_NAME = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** Extensions of level files; anything else ending like Markdown is refused with the name to use. */
export const LEVEL_EXTENSIONS = ['md', 'mdx'] as const;

/** The track's own file in each track folder: `_track.yml` (or `_track.yaml`). */
export const TRACK_FILES = ['_track.yml', '_track.yaml'] as const;

/** The site file at the top of the content folder: the site's name, language, home page and images. */
export const SITE_FILE = '_site.yml';

/** Files the site reads at the top of the content folder, besides the track folders. */
export const SITE_FILES = [SITE_FILE, 'published-urls.txt'] as const;

/**
 * Files nobody means to publish: dot-files and dot-folders (`.DS_Store`, `.git/`, Emacs lock files
 * `.#senior.md`), backups ending in `~` and Emacs auto-saves `#senior.md#`.
 * @example isIgnored('web-operations/.#senior.md') // true
 */
export function isIgnored(relativePath: string): boolean {
  return relativePath.split('/').some((name) => name.startsWith('.') || name.endsWith('~') || /^#.*#$/.test(name));
}

/** What a file of the content folder is, from its path relative to the folder. */
export type FileRole =
  | { kind: 'level'; track: string; name: string; extension: string }
  | { kind: 'track-file'; track: string }
  | { kind: 'site-file'; name: string }
  | { kind: 'ignored' }
  | {
      kind: 'misplaced';
      reason: string;
      fix: string;
      /** For a level whose name breaks the naming rule: the file name to use, in its track folder. */
      rename?: { track: string; file: string };
    };

/**
 * The role of one file, from its path alone.
 * @example fileRole('web-operations/senior.md') // { kind: 'level', track: 'web-operations', name: 'senior', extension: 'md' }
 */
export function fileRole(relativePath: string): FileRole {
  if (isIgnored(relativePath)) return { kind: 'ignored' };
  const parts = relativePath.split('/');
  const name = parts.at(-1)!;
  if (parts.length === 1) {
    if ((SITE_FILES as readonly string[]).includes(name)) return { kind: 'site-file', name };
    if (name === '_site.yaml') {
      return { kind: 'misplaced', reason: `is not a file the site reads: the site file is ${SITE_FILE}.`, fix: `Rename it to ${SITE_FILE}.` };
    }
    return {
      kind: 'misplaced',
      reason: 'is not inside a track folder, and it is not a file the site reads there.',
      fix: isMarkdown(name)
        ? `Move it into a track folder, e.g. <content folder>/<track>/${suggestedFileName(name)}.`
        : `Move it out of the content folder, or delete it. Only track folders and ${SITE_FILES.join(', ')} belong at the top.`,
    };
  }
  if (parts.length > 2) {
    return {
      kind: 'misplaced',
      reason: 'is not directly inside a track folder, so it belongs to no track.',
      fix: 'Move it to <content folder>/<track>/<level>.md, e.g. content/web-operations/senior.md; tracks have no sub-folders.',
    };
  }
  const track = parts[0]!;
  if (!URL_NAME.test(track)) {
    return {
      kind: 'misplaced',
      reason: `is in the folder "${track}", but track folder names are lower-case letters, digits and dashes (they are part of the URL).`,
      fix: `Rename the folder to ${suggestedUrlName(track) || 'a name like web-operations'} (the track's title, in _track.yml, can be written any way).`,
    };
  }
  if ((TRACK_FILES as readonly string[]).includes(name)) return { kind: 'track-file', track };
  const match = /^(.*)\.([^.]+)$/.exec(name);
  const extension = match?.[2] ?? '';
  if (match && (LEVEL_EXTENSIONS as readonly string[]).includes(extension) && URL_NAME.test(match[1]!)) {
    return { kind: 'level', track, name: match[1]!, extension };
  }
  if (isMarkdown(name)) {
    const file = suggestedFileName(name);
    return {
      kind: 'misplaced',
      reason: `is not a level file name: names are lower-case letters, digits and dashes, ending in .md or .mdx.`,
      fix: `Rename it to ${file} (the level's title can be in any language and script).`,
      rename: { track, file },
    };
  }
  return {
    kind: 'misplaced',
    reason: 'is neither a level (.md or .mdx) nor the track\'s _track.yml.',
    fix: 'Move it out of the content folder, or delete it. Images and other files belong in public/.',
  };
}

function isMarkdown(name: string): boolean {
  return /\.(md|mdx|markdown|mdown|mkd)$/i.test(name);
}

/**
 * A file name for a level that breaks the naming rule: lower-case, accents and other characters
 * turned into dashes, the extension `.md` (or `.mdx`).
 * @example suggestedFileName('Distinguished Engineer.MD') // 'distinguished-engineer.md'
 * @example suggestedFileName('ingénieur.md') // 'ingenieur.md'
 */
export function suggestedFileName(name: string): string {
  const match = /^(.*?)\.([^.]+)$/.exec(name);
  const extension = match?.[2]?.toLowerCase() === 'mdx' ? 'mdx' : 'md';
  const base = suggestedUrlName((match?.[1] ?? name).replace(/^_+/, ''));
  return `${base || 'level'}.${extension}`;
}

/**
 * A name fit for a URL, from any text: accents dropped, lower case, other characters as dashes.
 * @example suggestedUrlName('Web Ops') // 'web-ops'
 */
export function suggestedUrlName(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}
