/**
 * The ladder's history from git, as pure data: the one `git log` of the content folder
 * (src/node/git-history.ts runs it) parsed into each level's commits, renames followed; the word
 * diff of two versions of a level; the "What changed" list and its Atom feed.
 */
import { diffWords } from 'diff';
import { levelIdFromPath } from './ids.ts';

/** The `--format` of the one `git log`: a record separator, then hash, committer date and subject. */
export const GIT_LOG_FORMAT = '%x1e%H%x1f%cI%x1f%s';

/** One file a commit touched, as `--name-status -M` lists it (paths relative to the content folder). */
export interface FileChange {
  /** `A`, `M`, `D`, `T`, `R` or `C` (the similarity score dropped). */
  status: string;
  /** The file's path after the commit. */
  path: string;
  /** For a rename or copy: the path before. */
  from?: string;
}

/** One commit of the log. */
export interface Commit {
  hash: string;
  /** Committer date, ISO 8601 with offset, as git prints it. */
  date: string;
  subject: string;
  changes: FileChange[];
}

/** One commit that changed a level. */
export interface LevelChange {
  hash: string;
  date: string;
  subject: string;
  /** The level's file after this commit, relative to the content folder (for `git show`). */
  path: string;
  /** Whether the file came into being here (added, or copied), so there is no earlier version. */
  added: boolean;
  /** The file's path before, when this commit renamed it. */
  renamedFrom?: string;
}

/**
 * Parses `git log --format=GIT_LOG_FORMAT --name-status -M` into commits, newest first.
 * @example parseGitLog('\x1eabc\x1f2026-01-02T10:00:00+00:00\x1fEdit\n\nM\tops/junior.md\n')[0].changes // [{ status: 'M', path: 'ops/junior.md' }]
 */
export function parseGitLog(output: string): Commit[] {
  const commits: Commit[] = [];
  for (const record of output.split('\x1e')) {
    if (!record.trim()) continue;
    const [head = '', ...lines] = record.split('\n');
    const [hash = '', date = '', subject = ''] = head.split('\x1f');
    const changes: FileChange[] = [];
    for (const line of lines) {
      if (!line.trim()) continue;
      const [code = '', first = '', second] = line.split('\t');
      const status = code.charAt(0);
      if ((status === 'R' || status === 'C') && second !== undefined) changes.push({ status, path: unquote(second), from: unquote(first) });
      else changes.push({ status, path: unquote(first) });
    }
    commits.push({ hash: hash.trim(), date: date.trim(), subject, changes });
  }
  return commits;
}

/** A path as git prints it: quoted, with C escapes, when it has unusual characters. */
function unquote(path: string): string {
  if (!path.startsWith('"') || !path.endsWith('"')) return path;
  const bytes: number[] = [];
  const body = path.slice(1, -1);
  const simple: Record<string, number> = { n: 10, t: 9, '"': 34, '\\': 92, a: 7, b: 8, f: 12, r: 13, v: 11 };
  for (let i = 0; i < body.length; i++) {
    const char = body[i]!;
    if (char !== '\\') {
      bytes.push(...Buffer.from(char, 'utf8'));
      continue;
    }
    const next = body[i + 1] ?? '';
    if (/[0-7]/.test(next)) {
      bytes.push(parseInt(body.slice(i + 1, i + 4), 8));
      i += 3;
    } else {
      bytes.push(simple[next] ?? next.charCodeAt(0));
      i += 1;
    }
  }
  return Buffer.from(bytes).toString('utf8');
}

/** Whether a path of the content folder is a level's file (`track/name.md` or `.mdx`). */
function isLevelFile(path: string): boolean {
  return /^[^/]+\/[^/]+\.mdx?$/i.test(path);
}

/** What `levelHistories` needs to know of a level: its id and its old ids (`aliases`). */
export interface LevelRef {
  id: string;
  aliases: readonly string[];
}

/**
 * Each level's commits, newest first, from the log (newest first). A level's file is followed
 * back through git's renames (`R` lines, to any earlier name) and through its `aliases`: a commit
 * that touched a file whose id is the level's or one of its old ids counts for it, as long as
 * that file was still the level's at that point (a rename seen further back hands the older name
 * on). Commits that only deleted the file are left out.
 */
export function levelHistories(commits: readonly Commit[], levels: readonly LevelRef[]): Map<string, LevelChange[]> {
  /** The level each id (current, or older as renames are met) belongs to. */
  const owner = new Map<string, string>();
  for (const level of levels) {
    for (const alias of level.aliases) if (!owner.has(alias)) owner.set(alias, level.id);
  }
  for (const level of levels) owner.set(level.id, level.id);
  const histories = new Map<string, LevelChange[]>(levels.map((level) => [level.id, []]));
  for (const commit of commits) {
    const seen = new Set<string>();
    const renames: [string, string][] = [];
    for (const change of commit.changes) {
      if (change.status === 'D' || !isLevelFile(change.path)) continue;
      const levelId = owner.get(levelIdFromPath(change.path));
      if (levelId === undefined || seen.has(levelId)) continue;
      seen.add(levelId);
      const renamed = change.status === 'R' && change.from !== undefined && isLevelFile(change.from);
      histories.get(levelId)!.push({
        hash: commit.hash,
        date: commit.date,
        subject: commit.subject,
        path: change.path,
        added: change.status === 'A' || (change.status === 'C' && !renamed),
        ...(renamed ? { renamedFrom: change.from } : {}),
      });
      if (renamed) renames.push([levelIdFromPath(change.from!), levelId]);
    }
    // Older commits know the file by its earlier name.
    for (const [oldId, levelId] of renames) owner.set(oldId, levelId);
  }
  return histories;
}

/** One piece of a word diff: unchanged, removed or added text. */
export interface DiffPart {
  kind: 'same' | 'removed' | 'added';
  text: string;
}

/**
 * The word-level difference between two versions of a text (`diff`'s `diffWords`), with long
 * unchanged stretches shortened to their first and last `context` words around "…".
 * @example wordDiff('a b c', 'a x c') // same 'a ', removed 'b', added 'x', same ' c'
 */
export function wordDiff(before: string, after: string, context = 12): DiffPart[] {
  const [head, tail] = unchangedParagraphs(before, after);
  const parts: DiffPart[] = [];
  const push = (kind: DiffPart['kind'], text: string) => {
    if (text === '') return;
    const last = parts.at(-1);
    if (last?.kind === kind) last.text += text;
    else parts.push({ kind, text });
  };
  push('same', before.slice(0, head));
  for (const part of diffWords(before.slice(head, before.length - tail), after.slice(head, after.length - tail))) {
    push(part.added ? 'added' : part.removed ? 'removed' : 'same', part.value);
  }
  push('same', before.slice(before.length - tail));
  return parts.map((part, index) => (part.kind === 'same' ? { ...part, text: shorten(part.text, context, index === 0, index === parts.length - 1) } : part));
}

/**
 * How many characters at the start and at the end of two texts are whole paragraphs they share
 * (cut where a blank line begins), so only the paragraphs between are compared word by word:
 * an edit seldom touches more than a few paragraphs of a level, and splitting a whole level into
 * words twice for each of its versions was most of a History page's build time.
 * @example unchangedParagraphs('a\n\nb\n\nc', 'a\n\nx\n\nc') // [1, 3]
 */
export function unchangedParagraphs(before: string, after: string): [head: number, tail: number] {
  const shorter = Math.min(before.length, after.length);
  let same = 0;
  while (same < shorter && before.charCodeAt(same) === after.charCodeAt(same)) same++;
  if (same === before.length && same === after.length) return [before.length, 0];
  const head = Math.max(0, before.lastIndexOf('\n\n', same - 1));
  let sameEnd = 0;
  const room = shorter - head;
  while (sameEnd < room && before.charCodeAt(before.length - 1 - sameEnd) === after.charCodeAt(after.length - 1 - sameEnd)) sameEnd++;
  // The blank line that starts the first paragraph wholly inside the shared end.
  const differsAt = before.length - sameEnd;
  const blank = before.indexOf('\n\n', differsAt);
  const tail = blank < 0 ? 0 : before.length - blank;
  return [head, tail];
}

/** An unchanged stretch cut to `context` words at each end that touches a change. */
function shorten(text: string, context: number, isFirst: boolean, isLast: boolean): string {
  if (isFirst && isLast) return text;
  // Word positions rather than a pattern anchored at the end, which backtracks over long texts.
  const words = [...text.matchAll(/\S+/g)];
  if (words.length <= (isFirst || isLast ? context : context * 2) + 2) return text;
  const head = isFirst ? '' : `${text.slice(0, words[context - 1]!.index + words[context - 1]![0].length)} `;
  const tail = isLast ? '' : ` ${text.slice(words[words.length - context]!.index)}`;
  return `${head}…${tail}`;
}

/** One line of "What changed": a commit that changed a level. */
export interface ChangeEntry {
  levelId: string;
  levelTitle: string;
  trackTitle: string;
  hash: string;
  date: string;
  subject: string;
}

/** Every level's changes in one list, newest first (by date, then level id, stable). */
export function allChanges(entries: readonly ChangeEntry[]): ChangeEntry[] {
  return [...entries].sort((a, b) => Date.parse(b.date) - Date.parse(a.date) || a.levelId.localeCompare(b.levelId));
}

/** What the Atom feed needs beyond the entries: its absolute addresses and title. */
export interface FeedInfo {
  title: string;
  /** The feed's own absolute URL (`…/changes.xml`): its id and rel=self link. */
  selfUrl: string;
  /** The What changed page's absolute URL. */
  pageUrl: string;
  /** The absolute URL of a level's History page. */
  historyUrl: (levelId: string) => string;
  /** When the feed was built: its `updated` when there are no entries. */
  built: Date;
}

/** Escapes text for XML content and attribute values. */
function xml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

/** An ISO date as Atom's `updated` (RFC 3339, UTC). */
function atomDate(iso: string): string {
  return new Date(iso).toISOString().replace(/\.\d{3}Z$/, 'Z');
}

/**
 * The Atom feed's title: the feed itself and every page's head link to it name it alike.
 * @example changesFeedTitle('Acme ladder') // 'What changed · Acme ladder'
 */
export function changesFeedTitle(siteName: string): string {
  return `What changed · ${siteName}`;
}

/**
 * The Atom feed of "What changed": one entry per commit and level, newest first, with absolute
 * URLs. Entry ids are stable tag-free URLs: the level's History page with the commit as fragment.
 */
export function atomFeed(changes: readonly ChangeEntry[], info: FeedInfo): string {
  const updated = changes[0] ? atomDate(changes[0].date) : atomDate(info.built.toISOString());
  const entries = changes.map((change) => {
    const url = `${info.historyUrl(change.levelId)}#commit-${change.hash.slice(0, 12)}`;
    return [
      '  <entry>',
      `    <id>${xml(url)}</id>`,
      `    <title>${xml(`${change.levelTitle} (${change.trackTitle}): ${change.subject}`)}</title>`,
      `    <updated>${atomDate(change.date)}</updated>`,
      `    <link rel="alternate" type="text/html" href="${xml(url)}"/>`,
      `    <summary>${xml(change.subject)}</summary>`,
      '  </entry>',
    ].join('\n');
  });
  return [
    '<?xml version="1.0" encoding="utf-8"?>',
    '<feed xmlns="http://www.w3.org/2005/Atom">',
    `  <id>${xml(info.selfUrl)}</id>`,
    `  <title>${xml(info.title)}</title>`,
    `  <updated>${updated}</updated>`,
    `  <author><name>${xml(info.title)}</name></author>`,
    `  <link rel="self" type="application/atom+xml" href="${xml(info.selfUrl)}"/>`,
    `  <link rel="alternate" type="text/html" href="${xml(info.pageUrl)}"/>`,
    ...entries,
    '</feed>',
    '',
  ].join('\n');
}
