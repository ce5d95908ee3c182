import { checkContent } from './check.ts';
import { suggestedUrlName, URL_NAME } from './files.ts';
import { problemLines } from './problems.ts';
import type { ContentFile, LevelEntry } from './read.ts';

/** A file to write: its path relative to the content folder and its whole new text. */
export interface FileEdit {
  relativePath: string;
  text: string;
}

/** What a scaffolder would do: the files to write, or why it refuses (then nothing is written). */
export type ScaffoldPlan = { edits: FileEdit[] } | { refused: string };

/** What `npm run new:level` is asked for. */
export interface NewLevelRequest {
  track: string;
  /** The file name without `.md`, e.g. `staff`: also the level's URL. */
  file: string;
  title: string;
  /** The level it comes after; left out, the new level goes on top of the track. */
  after?: string | undefined;
}

/** What `npm run new:track` is asked for. */
export interface NewTrackRequest {
  id: string;
  title: string;
  description?: string | undefined;
}

/** A YAML scalar, quoted when it would not read back as the same string. */
function yamlString(value: string): string {
  return /^[\p{L}\p{N}][\p{L}\p{N} ./()'&-]*$/u.test(value) && !/:\s|\s#/.test(value) ? value : JSON.stringify(value);
}

/** The frontmatter lines of a level file and where they end (the closing `---`). */
function frontmatterLines(text: string): { lines: string[]; close: number } {
  const lines = text.split('\n');
  const close = lines.findIndex((line, index) => index > 0 && /^\s*---\s*$/.test(line));
  return { lines, close };
}

/**
 * A level file's text with one top-level frontmatter field set to a new value (its old value,
 * a one-line value or a list over several lines, is replaced), or added before the closing `---`.
 * @example setField('---\ntitle: A\nrank: 2\n---\n', 'rank', '3') // '---\ntitle: A\nrank: 3\n---\n'
 */
export function setField(text: string, field: string, value: string): string {
  const { lines, close } = frontmatterLines(text);
  const start = lines.findIndex((line, index) => index > 0 && index < close && new RegExp(`^${field}\\s*:`).test(line));
  if (start === -1) {
    lines.splice(close, 0, `${field}: ${value}`);
    return lines.join('\n');
  }
  let end = start + 1;
  while (end < close && (/^\s/.test(lines[end]!) || /^-/.test(lines[end]!))) end++;
  lines.splice(start, end - start, `${field}: ${value}`);
  return lines.join('\n');
}

/** A `next` value as YAML: one name, or a list. */
function nextValue(refs: readonly string[]): string {
  return refs.length === 1 ? refs[0]! : `[${refs.join(', ')}]`;
}

/** Applies the edits to the files and checks the result as the build would: refuses on any problem. */
function checked(files: readonly ContentFile[], edits: FileEdit[]): ScaffoldPlan {
  const changed = new Map(edits.map((edit) => [edit.relativePath, edit.text]));
  const after = files.map((file) => (changed.has(file.relativePath) ? { ...file, text: changed.get(file.relativePath)! } : file));
  const known = new Set(files.map((file) => file.relativePath));
  const prefix = files[0]?.path.slice(0, files[0].path.length - files[0].relativePath.length) ?? '';
  for (const edit of edits) if (!known.has(edit.relativePath)) after.push({ path: `${prefix}${edit.relativePath}`, relativePath: edit.relativePath, text: edit.text });
  const { problems } = checkContent(after);
  return problems.length === 0 ? { edits } : { refused: `The result would not pass the content check, so nothing was written:\n\n${problemLines(problems)}` };
}

/**
 * Plans a new level: a file that takes over the `next` of the level it comes after (or none, on
 * top of the track), that level's `next` pointed at it, and the ranks above moved up by one. The
 * new level is marked `tbd: true` until its text is written, so it is listed but not published.
 */
export function planNewLevel(files: readonly ContentFile[], request: NewLevelRequest): ScaffoldPlan {
  const { problems, source } = checkContent(files);
  if (problems.length > 0) return { refused: `Fix the content's problems first (npm run check:content):\n\n${problemLines(problems)}` };
  const { track, file, title } = request;
  if (!source.tracks.some((entry) => entry.track.id === track)) {
    return { refused: `There is no track "${track}". Tracks: ${source.tracks.map((entry) => entry.track.id).join(', ') || 'none'}; npm run new:track creates one.` };
  }
  if (!URL_NAME.test(file)) return { refused: `"${file}" cannot be a file name: use lower-case letters, digits and dashes, e.g. ${suggestedUrlName(file) || 'staff'}.` };
  const id = `${track}/${file}`;
  const clash = files.find((candidate) => candidate.relativePath.replace(/\.(md|mdx)$/, '') === id);
  if (clash) return { refused: `${clash.path} already exists: choose another --file.` };
  const inTrack = source.levels.filter((entry) => entry.level.track === track).sort((a, b) => a.level.rank - b.level.rank);
  let below: LevelEntry | undefined;
  if (request.after !== undefined) {
    below = inTrack.find((entry) => entry.level.id === `${track}/${request.after}`);
    if (!below) return { refused: `The track "${track}" has no level "${request.after}". Its levels: ${inTrack.map((entry) => entry.level.id.split('/')[1]).join(', ')}.` };
  } else {
    below = inTrack.at(-1);
  }
  const rank = below ? below.level.rank + 1 : 1;
  const edits: FileEdit[] = [];
  for (const entry of inTrack) {
    const file = files.find((candidate) => candidate.path === entry.file)!;
    let text = file.text!;
    if (entry.level.rank >= rank) text = setField(text, 'rank', String(entry.level.rank + 1));
    // Taking over: below's `next` becomes the new level; on top of a track its branches stay.
    if (entry === below) text = setField(text, 'next', nextValue(request.after !== undefined ? [request.file] : [request.file, ...entry.refs]));
    if (text !== file.text) edits.push({ relativePath: file.relativePath, text });
  }
  const takenOver = below && request.after !== undefined ? below.refs : [];
  const lines = ['---', `title: ${yamlString(title)}`, `rank: ${rank}`, ...(takenOver.length > 0 ? [`next: ${nextValue(takenOver)}`] : [])];
  lines.push("# Still to be written: add the level's expectations below the closing --- and delete this line and `tbd: true`.", 'tbd: true', '---', '');
  edits.push({ relativePath: `${id}.md`, text: lines.join('\n') });
  return checked(files, edits);
}

/** Plans a new track: its folder with a `_track.yml`. */
export function planNewTrack(files: readonly ContentFile[], request: NewTrackRequest): ScaffoldPlan {
  if (!URL_NAME.test(request.id)) return { refused: `"${request.id}" cannot be a track's folder name: use lower-case letters, digits and dashes, e.g. ${suggestedUrlName(request.id) || 'platform'}.` };
  if (files.some((file) => file.relativePath.startsWith(`${request.id}/`))) return { refused: `The track folder "${request.id}" already exists: choose another --id.` };
  const description = request.description ?? `Everyone whose career grows in ${request.title}.`;
  return checked(files, [{ relativePath: `${request.id}/_track.yml`, text: `title: ${yamlString(request.title)}\ndescription: ${yamlString(description)}\n` }]);
}
