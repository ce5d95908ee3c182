import path from 'node:path';
import { getEntry } from 'astro:content';
import { releaseAfterPages } from './build-memos.ts';
import { getLadder } from './get-ladder.ts';
import { allChanges, wordDiff, type ChangeEntry, type DiffPart, type LevelChange } from '../lib/history.ts';
import { trackOf } from '../lib/ladder.ts';
import { siteConfig } from '../lib/site-config.ts';
import { buildHistory, HISTORY_VERSIONS, readVersions, type History } from '../node/git-history.ts';

let history: Promise<History> | undefined;
releaseAfterPages(() => (history = undefined));

/**
 * The ladder's history for this build: one `git log`, read once (see src/node/git-history.ts).
 * Every page's layout asks for it, so it is kept rather than its level list rebuilt per page.
 */
export function ladderHistory(): Promise<History> {
  history ??= getLadder().then((ladder) =>
    buildHistory(
      siteConfig().contentDir,
      [...ladder.levels.values()].map((level) => ({ id: level.id, aliases: level.aliases })),
    ),
  );
  return history;
}

/** A level's commits, newest first; `undefined` when this build has no history. */
export async function levelChanges(levelId: string): Promise<LevelChange[] | undefined> {
  const history = await ladderHistory();
  return history.available ? (history.levels.get(levelId) ?? []) : undefined;
}

/** One version of a level on its History page: the commit and what it changed in the text. */
export interface LevelVersion extends LevelChange {
  /**
   * The word diff from the version before; `undefined` for a first version, for one older than
   * the HISTORY_VERSIONS most recent, or when the one before is not known.
   */
  diff: DiffPart[] | undefined;
  /** Whether this version is older than the HISTORY_VERSIONS most recent, so shown without its diff. */
  older: boolean;
}

/**
 * Every commit of the level, newest first; the HISTORY_VERSIONS most recent with their word diffs,
 * their texts read through the build's one `git cat-file --batch`. `undefined` when this build has
 * no history.
 */
export async function levelVersions(levelId: string): Promise<{ versions: LevelVersion[]; diffed: number } | undefined> {
  const history = await ladderHistory();
  if (!history.available) return undefined;
  const changes = history.levels.get(levelId) ?? [];
  // Each version with a diff, and the one before the oldest of them, when there is one.
  const texts = await readVersions(siteConfig().contentDir, history.prefix, changes.slice(0, HISTORY_VERSIONS + 1));
  const versions = changes.map((change, index) => {
    const older = index >= HISTORY_VERSIONS;
    // A first version has nothing to compare with: its page says so rather than mark every word added.
    const after = texts[index];
    const before = change.added || older ? undefined : texts[index + 1];
    return { ...change, older, diff: after === undefined || before === undefined ? undefined : wordDiff(before, after) };
  });
  return { versions, diffed: Math.min(changes.length, HISTORY_VERSIONS) };
}

/** Every change of every level, newest first, for What changed and its feed; `undefined` without history. */
export async function ladderChanges(): Promise<ChangeEntry[] | undefined> {
  const [history, ladder] = await Promise.all([ladderHistory(), getLadder()]);
  if (!history.available) return undefined;
  const entries: ChangeEntry[] = [];
  for (const [levelId, changes] of history.levels) {
    const level = ladder.levels.get(levelId);
    if (!level || level.tbd) continue;
    const trackTitle = trackOf(ladder, level).title;
    for (const change of changes) entries.push({ levelId, levelTitle: level.title, trackTitle, hash: change.hash, date: change.date, subject: change.subject });
  }
  return allChanges(entries);
}

/**
 * A level's file path inside its repository, for "Edit this level": the content folder's place
 * in the repository (from git) and the file's place in the content folder.
 */
export async function levelRepoPath(levelId: string): Promise<string | undefined> {
  const entry = await getEntry('levels', levelId);
  if (!entry?.filePath) return undefined;
  const { contentDir } = siteConfig();
  const history = await ladderHistory();
  const inContent = path.relative(path.resolve(contentDir), path.resolve(entry.filePath)).split(path.sep).join('/');
  if (history.available) return `${history.prefix}${inContent}`;
  // Without git: the content folder as the build names it, relative to the project.
  return path.posix.join(path.relative(process.cwd(), path.resolve(contentDir)).split(path.sep).join('/'), inContent);
}
