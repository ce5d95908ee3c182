import { parseFrontmatter } from '@astrojs/markdown-remark';
import yaml from 'js-yaml';
import type { z } from 'astro/zod';
import { levelIdFromPath, trackIdFromPath } from './ids.ts';
import { levelFromFrontmatter, type Level, type TrackSource } from './ladder.ts';
import { fieldHelp, levelSchema, trackSchema } from './schema.ts';
import { closestMatch } from './suggest.ts';

/** One file of the content folder, as read from disk. */
export interface ContentFile {
  /** Path shown to authors in messages, relative to the repository, e.g. `content/web-operations/senior.md`. */
  path: string;
  /** Path relative to the content folder, e.g. `web-operations/senior.md`. */
  relativePath: string;
  text: string;
}

/** One thing an author has to fix: where, which field, what is wrong, and how to fix it. */
export interface ContentProblem {
  file: string;
  field: string;
  message: string;
  fix: string;
}

export interface ContentCheck {
  problems: ContentProblem[];
  tracks: TrackSource[];
  levels: Level[];
}

interface ParsedLevel {
  level: Level;
  file: string;
  /** `next` exactly as written, for messages in the author's own words. */
  refs: string[];
}

const LEVEL_FILE = /\.(md|mdx)$/i;
const TRACK_FILE = /(^|\/)_track\.ya?ml$/i;

/**
 * Checks a content folder's files against the schema and the ladder's rules: every `next`
 * names a level, no cycles, one level per rank in a track, a body unless the level is
 * to be defined, a `_track.yml` for every track. Returns every problem at once, with the
 * tracks and levels that parsed.
 */
export function checkContent(files: ContentFile[]): ContentCheck {
  const problems: ContentProblem[] = [];
  const tracks: TrackSource[] = [];
  const parsed: ParsedLevel[] = [];
  // Levels whose files exist but did not parse: links to them are not reported a second time.
  const unparsed = new Set<string>();

  for (const file of files) {
    const relativePath = file.relativePath.replace(/\\/g, '/');
    const depth = relativePath.split('/').length;
    const name = relativePath.split('/').pop()!;
    if (TRACK_FILE.test(relativePath) && depth === 2) {
      const track = parseTrack(file, problems);
      if (track) tracks.push(track);
    } else if (LEVEL_FILE.test(relativePath) && !name.startsWith('_')) {
      if (depth !== 2) {
        problems.push({
          file: file.path,
          field: '(location)',
          message: 'is not directly inside a track folder, so it belongs to no track.',
          fix: 'Move it to <content folder>/<track>/<level>.md, e.g. content/web-operations/senior.md.',
        });
        continue;
      }
      const level = parseLevel(file, relativePath, problems);
      if (level) parsed.push(level);
      else unparsed.add(levelIdFromPath(relativePath));
    }
  }

  checkTracksExist(parsed, tracks, files, problems);
  checkNextReferences(parsed, unparsed, problems);
  checkUniqueRanks(parsed, problems);
  checkCycles(parsed, problems);
  checkAddresses(parsed, tracks, problems);
  return { problems, tracks, levels: parsed.map((entry) => entry.level) };
}

/**
 * Formats problems as one message for the build log, one block per problem.
 * @example formatProblems([{ file: 'content/a/b.md', field: 'rank', message: 'is missing.', fix: 'Add `rank: 2`.' }])
 */
export function formatProblems(problems: ContentProblem[], consequence = 'the site was not built'): string {
  const count = problems.length === 1 ? '1 problem' : `${problems.length} problems`;
  const blocks = problems.map(
    (problem) => `${problem.file}\n  ${problem.field}: ${problem.message}\n  How to fix: ${problem.fix}`,
  );
  return `The ladder's content has ${count}; ${consequence}.\n\n${blocks.join('\n\n')}\n`;
}

function parseTrack(file: ContentFile, problems: ContentProblem[]): TrackSource | undefined {
  let data: unknown;
  try {
    data = yaml.load(file.text) ?? {};
  } catch (error) {
    problems.push(yamlProblem(file.path, error, 0));
    return undefined;
  }
  const result = trackSchema.safeParse(data);
  if (!result.success) {
    problems.push(...schemaProblems(file.path, data, result.error));
    return undefined;
  }
  return { id: trackIdFromPath(file.relativePath), ...result.data };
}

function parseLevel(file: ContentFile, relativePath: string, problems: ContentProblem[]): ParsedLevel | undefined {
  let frontmatter: Record<string, unknown>;
  let body: string;
  try {
    ({ frontmatter, content: body } = parseFrontmatter(file.text));
  } catch (error) {
    problems.push(yamlProblem(file.path, error, 1));
    return undefined;
  }
  if (!/^\uFEFF?\s*(---|\+\+\+)/.test(file.text)) {
    problems.push({
      file: file.path,
      field: '(frontmatter)',
      message: 'is missing: the file does not start with a --- block.',
      fix: 'Start the file with a frontmatter block: a line ---, then `title:` and `rank:` lines, then a line ---.',
    });
    return undefined;
  }
  const result = levelSchema.safeParse(frontmatter);
  if (!result.success) {
    problems.push(...schemaProblems(file.path, frontmatter, result.error));
    return undefined;
  }
  const data = result.data;
  const hasBody = proseOf(body) !== '';
  if (!hasBody && !data.tbd) {
    problems.push({
      file: file.path,
      field: '(body)',
      message: 'is empty: a level needs its expectations written below the frontmatter.',
      fix: 'Write the level\'s expectations below the closing ---, or add `tbd: true` to list it as still to be defined.',
    });
  }
  if (hasBody && data.tbd) {
    problems.push({
      file: file.path,
      field: 'tbd',
      message: 'says the level is still to be defined, but the file has text.',
      fix: 'Delete the `tbd: true` line to publish the level, or remove the text to keep it to be defined.',
    });
  }
  return { file: file.path, refs: data.next, level: levelFromFrontmatter(levelIdFromPath(relativePath), data, body) };
}

/** The body without MDX import/export lines and comments: what a reader would see. */
function proseOf(body: string): string {
  return body
    .replace(/<!--[\s\S]*?-->/g, '')
    .replace(/^(import|export)\s.*$/gm, '')
    .trim();
}

function yamlProblem(path: string, error: unknown, lineOffset: number): ContentProblem {
  const yamlError = error as { reason?: string; mark?: { line?: number } };
  const line = yamlError.mark?.line !== undefined ? ` (line ${yamlError.mark.line + lineOffset})` : '';
  const reason = yamlError.reason ?? (error instanceof Error ? error.message : String(error));
  return {
    file: path,
    field: '(frontmatter)',
    message: `is not valid YAML${line}: ${reason}.`,
    fix: 'Check that line: each field is `name: value` on its own line, lists are `[a, b]` or `- item` lines, and values containing a colon are in quotes.',
  };
}

function schemaProblems(path: string, data: unknown, error: z.ZodError): ContentProblem[] {
  const given = (data && typeof data === 'object' ? data : {}) as Record<string, unknown>;
  return error.issues.flatMap((issue): ContentProblem[] => {
    if (issue.code === 'unrecognized_keys') {
      return issue.keys.map((key) => {
        const guess = closestMatch(key, Object.keys(fieldHelp));
        return {
          file: path,
          field: key,
          message: 'is not a field the ladder knows.',
          fix: guess ? `Did you mean \`${guess}\`? Rename it.` : `Remove it; the fields are described in the README.`,
        };
      });
    }
    const field = issue.path.length > 0 ? issue.path.map(String).join('.') : '(frontmatter)';
    const top = String(issue.path[0] ?? '');
    const missing = top !== '' && !(top in given);
    const message = missing ? 'is missing.' : `${issue.message.replace(/^Invalid input: /, '')}.`;
    return [{ file: path, field, message, fix: fieldHelp[top] ?? 'See the field descriptions in the README.' }];
  });
}

function checkTracksExist(parsed: ParsedLevel[], tracks: TrackSource[], files: ContentFile[], problems: ContentProblem[]) {
  const known = new Set(tracks.map((track) => track.id));
  const reported = new Set<string>();
  for (const { level, file } of parsed) {
    if (known.has(level.track) || reported.has(level.track)) continue;
    reported.add(level.track);
    const hasFile = files.some((candidate) => TRACK_FILE.test(candidate.relativePath) && trackIdFromPath(candidate.relativePath) === level.track);
    if (hasFile) continue; // its own problem is already reported
    problems.push({
      file: file.replace(/[^/\\]+$/, '_track.yml'),
      field: '(file)',
      message: `is missing: the track folder "${level.track}" needs a title and a description.`,
      fix: 'Create it with two lines, e.g. `title: Web Operations` and `description: Engineers who run our infrastructure.`',
    });
  }
}

function checkNextReferences(parsed: ParsedLevel[], unparsed: Set<string>, problems: ContentProblem[]) {
  const ids = parsed.map((entry) => entry.level.id);
  for (const { level, file, refs } of parsed) {
    level.next.forEach((id, index) => {
      const written = refs[index]!;
      if (id === level.id) {
        problems.push({
          file,
          field: 'next',
          message: `"${written}" is this level itself.`,
          fix: 'Point `next` at the level above this one, or leave it out at the top of a track.',
        });
      } else if (!ids.includes(id) && !unparsed.has(id)) {
        const guess = closestMatch(id, ids);
        const asWritten = guess?.startsWith(`${level.track}/`) ? guess.slice(level.track.length + 1) : guess;
        problems.push({
          file,
          field: 'next',
          message: `"${written}" names no level.`,
          fix: guess
            ? `Did you mean "${asWritten}"? Use a level's file name (same track) or track/file-name (another track).`
            : `Use a level's file name (same track) or track/file-name (another track); the levels are: ${ids.join(', ')}.`,
        });
      }
    });
  }
}

function checkUniqueRanks(parsed: ParsedLevel[], problems: ContentProblem[]) {
  const seen = new Map<string, ParsedLevel>();
  for (const entry of [...parsed].sort((a, b) => a.file.localeCompare(b.file))) {
    const key = `${entry.level.track}#${entry.level.rank}`;
    const first = seen.get(key);
    if (!first) {
      seen.set(key, entry);
      continue;
    }
    problems.push({
      file: entry.file,
      field: 'rank',
      message: `${entry.level.rank} is also the rank of ${first.file} in the track "${entry.level.track}".`,
      fix: 'Give each level of a track its own rank: renumber so that each step up the ladder adds one.',
    });
  }
}

function checkCycles(parsed: ParsedLevel[], problems: ContentProblem[]) {
  const byId = new Map(parsed.map((entry) => [entry.level.id, entry]));
  const state = new Map<string, 'visiting' | 'done'>();
  const reported = new Set<string>();

  const visit = (id: string, path: string[]) => {
    if (state.get(id) === 'done') return;
    if (state.get(id) === 'visiting') {
      const cycle = path.slice(path.indexOf(id));
      const key = [...cycle].sort().join(' ');
      if (reported.has(key)) return;
      reported.add(key);
      const closing = byId.get(cycle[cycle.length - 1]!)!;
      problems.push({
        file: closing.file,
        field: 'next',
        message: `makes a cycle: ${[...cycle, id].join(' → ')}. A ladder only goes up.`,
        fix: 'Remove the `next` entry that points back down to a lower level.',
      });
      return;
    }
    state.set(id, 'visiting');
    for (const next of byId.get(id)?.level.next ?? []) {
      if (byId.has(next) && next !== id) visit(next, [...path, id]);
    }
    state.set(id, 'done');
  };
  for (const id of [...byId.keys()].sort()) visit(id, []);
}

/** Names of pages the site builds inside every track folder: no level or alias may take them. */
export const TRACK_PAGES = ['all', 'compare'];

function checkAddresses(parsed: ParsedLevel[], tracks: TrackSource[], problems: ContentProblem[]) {
  const levelOwners = new Map(parsed.map((entry) => [entry.level.id, entry.file]));
  const trackIds = new Set([...tracks.map((track) => track.id), ...parsed.map((entry) => entry.level.track)]);
  const reserved = (id: string) => {
    const [track, page, ...rest] = id.split('/');
    return rest.length === 0 && trackIds.has(track!) && TRACK_PAGES.includes(page!);
  };
  for (const { level, file } of parsed) {
    if (reserved(level.id)) {
      problems.push({
        file,
        field: '(file name)',
        message: `"${level.id}" is also the address of the track's ${pageName(level.id)} page.`,
        fix: `Rename the file, e.g. to ${level.id.split('/')[1]}-level.md; the names ${TRACK_PAGES.join(' and ')} are taken by the site.`,
      });
    }
  }
  const aliasOwners = new Map<string, string>();
  for (const { level, file } of [...parsed].sort((a, b) => a.file.localeCompare(b.file))) {
    if (level.tbd && level.aliases.length > 0) {
      problems.push({
        file,
        field: 'aliases',
        message: 'cannot send readers to a level that is still to be defined: it has no page yet.',
        fix: 'Write the level and delete `tbd: true`, or move the aliases to the level that has the old page now.',
      });
    }
    for (const alias of level.aliases) {
      const where = `"${alias}"`;
      if (alias === level.id) {
        problems.push({ file, field: 'aliases', message: `${where} is this level's own address.`, fix: 'Remove it: a level needs no alias for the address it already has.' });
      } else if (levelOwners.has(alias)) {
        problems.push({
          file,
          field: 'aliases',
          message: `${where} is the address of the level ${levelOwners.get(alias)}, so it cannot also send readers here.`,
          fix: 'Remove the alias, or rename or move that level first; an alias is the old address of a level that no longer has it.',
        });
      } else if (reserved(alias)) {
        problems.push({
          file,
          field: 'aliases',
          message: `${where} is the address of the track's ${pageName(alias)} page.`,
          fix: `Remove it; the names ${TRACK_PAGES.join(' and ')} inside a track are taken by the site.`,
        });
      } else if (aliasOwners.has(alias)) {
        const other = aliasOwners.get(alias)!;
        problems.push({
          file,
          field: 'aliases',
          message: other === file ? `${where} is listed twice.` : `${where} is also an alias of ${other}; an old address can lead to one level only.`,
          fix: other === file ? 'Remove one of the two.' : 'Keep the alias on the level that took over that old page, and remove it from the other.',
        });
      } else {
        aliasOwners.set(alias, file);
      }
    }
  }
}

function pageName(id: string): string {
  return id.endsWith('/all') ? 'whole-track' : 'compare';
}
