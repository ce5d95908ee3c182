import { parseFrontmatter } from '@astrojs/markdown-remark';
import yaml from 'js-yaml';
import type { z } from 'astro/zod';
import { levelFromFrontmatter, type Level, type TrackSource } from '../ladder.ts';
import { fieldHelp, levelSchema, siteFieldHelp, siteSchema, trackSchema, type SiteFileData } from '../schema.ts';
import { closestMatch } from '../suggest.ts';
import { fileRole, SITE_FILE, type FileRole } from './files.ts';
import type { ContentProblem } from './problems.ts';

/** One file of the content folder, as read from disk. */
export interface ContentFile {
  /** Path shown to authors in messages, relative to the repository, e.g. `content/web-operations/senior.md`. */
  path: string;
  /** Path relative to the content folder, e.g. `web-operations/senior.md`. */
  relativePath: string;
  /** The file's text, or `undefined` when it is not UTF-8 (see `problem`). */
  text?: string | undefined;
  /**
   * What made the file unreadable as content, found while reading it: not UTF-8 text, or a
   * symbolic link that leads out of the folder, nowhere, or to a folder.
   */
  problem?: 'not-utf8' | 'link-outside' | 'link-broken' | 'link-folder' | undefined;
}

/** A level file that parsed: the level, where it came from, and where its fields are. */
export interface LevelEntry {
  level: Level;
  file: string;
  relativePath: string;
  /** `next` exactly as written, for messages in the author's own words. */
  refs: string[];
  /** The Markdown body, after the frontmatter. */
  body: string;
  /** Line of each frontmatter field in the file, e.g. `{ next: 4 }`. */
  lines: Record<string, number>;
}

/** A track file that parsed. */
export interface TrackEntry {
  track: TrackSource;
  file: string;
}

/** The site file (`_site.yml`) that parsed: its fields with defaults, and where they are. */
export interface SiteEntry {
  data: SiteFileData;
  file: string;
  /** Line of each field in the file, e.g. `{ logo: 5 }`. */
  lines: Record<string, number>;
}

/** What else the reader is told about the project, to check the content against it. */
export interface ReadOptions {
  /**
   * Paths of the files in `public/`, relative to it (`logo.svg`, `images/logo.png`): the site
   * file's images must be among them. Left out, they are not checked.
   */
  publicFiles?: ReadonlySet<string> | undefined;
}

/** Everything the content folder holds, read once: what parsed, and what did not and why. */
export interface LadderSource {
  tracks: TrackEntry[];
  levels: LevelEntry[];
  /** The site file, when there is one and it parsed. */
  site?: SiteEntry | undefined;
  /** See `ReadOptions.publicFiles`. */
  publicFiles?: ReadonlySet<string> | undefined;
  /** Level ids whose files exist but did not parse: rules do not report links to them again. */
  unparsed: Set<string>;
  /** Track folders, whether or not they hold a `_track.yml`. */
  trackFolders: Map<string, string[]>;
  problems: ContentProblem[];
}

/**
 * The one reader of the content folder's files: sorts each file into level, track or site file
 * (or a problem), parses frontmatter against the schema, and keeps file paths and line numbers
 * for messages. Pure: the Node side reads the files (src/node/read-content-folder.ts).
 */
export function readLadderSource(files: readonly ContentFile[], options: ReadOptions = {}): LadderSource {
  const source: LadderSource = { tracks: [], levels: [], unparsed: new Set(), trackFolders: new Map(), problems: [], publicFiles: options.publicFiles };
  const paths = new Set(files.map((file) => file.relativePath));
  for (const file of [...files].sort((a, b) => a.relativePath.localeCompare(b.relativePath))) {
    const role = fileRole(file.relativePath);
    if (role.kind === 'ignored') continue;
    // A link that leads out of the folder, nowhere or to a folder is that, whatever its name.
    if (file.problem?.startsWith('link-') || (role.kind === 'site-file' && file.problem)) {
      source.problems.push(unreadable(file));
      if (role.kind === 'level') source.unparsed.add(`${role.track}/${role.name}`);
      continue;
    }
    if (role.kind === 'site-file') {
      if (role.name === SITE_FILE) source.site = parseSiteFile(file, source.problems);
      continue;
    }
    if (role.kind === 'misplaced') {
      source.problems.push({ file: file.path, field: '(file)', message: role.reason, fix: misplacedFix(role, paths) });
      // A `next` naming the level it would be once renamed is not reported again.
      if (role.rename) source.unparsed.add(`${role.rename.track}/${role.rename.file.replace(/\.[^.]+$/, '')}`);
      continue;
    }
    source.trackFolders.set(role.track, [...(source.trackFolders.get(role.track) ?? []), file.path]);
    if (file.problem || file.text === undefined) {
      source.problems.push(unreadable(file));
      if (role.kind === 'level') source.unparsed.add(`${role.track}/${role.name}`);
      continue;
    }
    if (role.kind === 'track-file') {
      const track = parseTrack(file, role.track, source.problems);
      if (track) source.tracks.push({ track, file: file.path });
    } else {
      const id = `${role.track}/${role.name}`;
      const level = parseLevel(file, id, source.problems);
      if (level) source.levels.push(level);
      else source.unparsed.add(id);
    }
  }
  return source;
}

/** How to fix a misplaced file; for a level to rename, whether the new name is taken already. */
function misplacedFix(role: Extract<FileRole, { kind: 'misplaced' }>, paths: ReadonlySet<string>): string {
  if (!role.rename) return role.fix;
  const { track, file } = role.rename;
  const name = file.replace(/\.[^.]+$/, '');
  const taken = [`${track}/${name}.md`, `${track}/${name}.mdx`].find((other) => paths.has(other));
  if (!taken) return role.fix;
  return `Its name differs from ${taken.split('/').pop()} only in case or spelling, and both would be the level "${track}/${name}": keep one file (move any text you need into it) and delete the other.`;
}

/** What each way a file can be unreadable means to an author, and what to do. */
const UNREADABLE: Record<NonNullable<ContentFile['problem']>, Omit<ContentProblem, 'file'>> = {
  'link-outside': {
    field: '(file)',
    message: 'is a link that leads out of the content folder; the site publishes only what is inside it.',
    fix: 'Copy the file into the content folder instead of linking to it, or delete the link.',
  },
  'link-broken': {
    field: '(file)',
    message: 'is a link to a file that does not exist.',
    fix: 'Delete the link, or put the file itself in its place.',
  },
  'link-folder': {
    field: '(file)',
    message: 'is a link to a folder; the site reads only folders that are really in the content folder.',
    fix: 'Replace the link with the folder itself (move or copy it), or delete the link.',
  },
  'not-utf8': {
    field: '(encoding)',
    message: 'is not UTF-8 text, so some of its characters would be published wrongly.',
    fix: 'Save the file as UTF-8 in your editor (often "Save with encoding" or "Reopen with encoding", then UTF-8).',
  },
};

function unreadable(file: ContentFile): ContentProblem {
  return { file: file.path, ...UNREADABLE[file.problem ?? 'not-utf8'] };
}

function parseTrack(file: ContentFile, trackId: string, problems: ContentProblem[]): TrackSource | undefined {
  let data: unknown;
  try {
    data = yaml.load(file.text!) ?? {};
  } catch (error) {
    problems.push(yamlProblem(file.path, error, 1));
    return undefined;
  }
  const result = trackSchema.safeParse(data);
  if (!result.success) {
    problems.push(...schemaProblems(file.path, data, result.error, fieldLines(file.text!, 0)));
    return undefined;
  }
  return { id: trackId, ...result.data };
}

/**
 * Parses the site file (`_site.yml`) against `siteSchema`, adding what is wrong to `problems`
 * with its line. An empty file is a site file with every default.
 */
export function parseSiteFile(file: ContentFile, problems: ContentProblem[]): SiteEntry | undefined {
  let data: unknown;
  try {
    data = yaml.load(file.text ?? '') ?? {};
  } catch (error) {
    problems.push(yamlProblem(file.path, error, 1, '(file)'));
    return undefined;
  }
  const lines = fieldLines(file.text ?? '', 0);
  if (typeof data !== 'object' || Array.isArray(data)) {
    problems.push({
      file: file.path,
      line: 1,
      field: '(file)',
      message: 'is not a list of fields: each line of the site file is `field: value`.',
      fix: 'Write one field per line, e.g. `name: Acme Career Ladder` and `lang: en`; the fields are described in the README.',
    });
    return undefined;
  }
  const result = siteSchema.safeParse(data);
  if (!result.success) {
    problems.push(...schemaProblems(file.path, data, result.error, lines, siteFieldHelp));
    return undefined;
  }
  return { data: result.data, file: file.path, lines };
}

const OPENING_FENCE = /^\uFEFF?[ \t]*---[ \t]*\r?\n/;

function parseLevel(file: ContentFile, id: string, problems: ContentProblem[]): LevelEntry | undefined {
  const text = file.text!;
  if (!OPENING_FENCE.test(text)) {
    problems.push({
      file: file.path,
      line: 1,
      field: '(frontmatter)',
      message: 'is missing: the file does not start with a --- line.',
      fix: 'Start the file with a frontmatter block: a line ---, then `title:` and `rank:` lines, then a line ---.',
    });
    return undefined;
  }
  if (!/\r?\n[ \t]*---[ \t]*(\r?\n|$)/.test(text.replace(OPENING_FENCE, '\n'))) {
    problems.push({
      file: file.path,
      line: 1,
      field: '(frontmatter)',
      message: 'has no closing --- line, so the whole file would be read as frontmatter.',
      fix: 'Add a line --- after the last field (`title:`, `rank:`, …) and before the level\'s text.',
    });
    return undefined;
  }
  let frontmatter: Record<string, unknown>;
  let body: string;
  try {
    ({ frontmatter, content: body } = parseFrontmatter(text));
  } catch (error) {
    problems.push(yamlProblem(file.path, error, 1));
    return undefined;
  }
  const lines = fieldLines(text, 1);
  const result = levelSchema.safeParse(frontmatter);
  if (!result.success) {
    problems.push(...schemaProblems(file.path, frontmatter, result.error, lines));
    return undefined;
  }
  return { file: file.path, relativePath: file.relativePath, refs: result.data.next, body, lines, level: levelFromFrontmatter(id, result.data, body) };
}

/**
 * `lineOffset` turns the parser's 0-based line within the YAML into the file's line, counting from 1.
 */
/**
 * The line of each top-level field of a YAML block, counting the file's first line as 1.
 * `offset` is how many lines come before the YAML (1 for the `---` of frontmatter).
 */
function fieldLines(text: string, offset: number): Record<string, number> {
  const lines: Record<string, number> = {};
  const all = text.split(/\r?\n/);
  for (let index = offset; index < all.length; index++) {
    const line = all[index]!;
    if (offset > 0 && /^\s*---\s*$/.test(line)) break;
    const match = /^([A-Za-z_][\w-]*)\s*:/.exec(line);
    if (match && !(match[1]! in lines)) lines[match[1]!] = index + 1;
  }
  return lines;
}

function yamlProblem(path: string, error: unknown, lineOffset: number, field = '(frontmatter)'): ContentProblem {
  const yamlError = error as { reason?: string; mark?: { line?: number } };
  const line = yamlError.mark?.line !== undefined ? yamlError.mark.line + lineOffset : undefined;
  const reason = yamlError.reason ?? (error instanceof Error ? error.message.split('\n')[0] : String(error));
  return {
    file: path,
    ...(line ? { line } : {}),
    field,
    message: `is not valid YAML${line ? ` (line ${line})` : ''}: ${reason}.`,
    fix: 'Check that line: each field is `name: value` on its own line, lists are `[a, b]` or `- item` lines, and values containing a colon are in quotes.',
  };
}

function schemaProblems(path: string, data: unknown, error: z.ZodError, lines: Record<string, number>, help = fieldHelp): ContentProblem[] {
  const given = (data && typeof data === 'object' ? data : {}) as Record<string, unknown>;
  return error.issues.flatMap((issue): ContentProblem[] => {
    if (issue.code === 'unrecognized_keys') {
      return issue.keys.map((key) => {
        const guess = closestMatch(key, Object.keys(help));
        return {
          file: path,
          ...(lines[key] ? { line: lines[key] } : {}),
          field: key,
          message: help === siteFieldHelp ? `is not a field of the site file; its fields are ${Object.keys(help).join(', ')}.` : 'is not a field the ladder knows.',
          fix: guess ? `Did you mean \`${guess}\`? Rename it.` : `Remove it; the fields are described in the README.`,
        };
      });
    }
    const field = issue.path.length > 0 ? issue.path.map(String).join('.') : '(frontmatter)';
    const top = String(issue.path[0] ?? '');
    const missing = top !== '' && !(top in given);
    const message = missing ? 'is missing.' : `${issue.message.replace(/^Invalid input: /, '')}.`;
    return [
      { file: path, ...(lines[top] ? { line: lines[top] } : {}), field, message, fix: help[top] ?? 'See the field descriptions in the README.' },
    ];
  });
}
