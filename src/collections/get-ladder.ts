import { getCollection, getEntry, render } from 'astro:content';
import { releaseAfterPages } from './build-memos.ts';
import { formatProblems } from '../lib/content/problems.ts';
import { renderedProblems } from '../lib/content/rendered.ts';
import { buildLadder, levelFromFrontmatter, type Ladder } from '../lib/ladder.ts';

let ladder: Promise<Ladder> | undefined;
releaseAfterPages(() => (ladder = undefined));

/**
 * The whole ladder, read from the content collections once per build. Fails (naming each file)
 * when a level's text could not be rendered or has problems the Markdown plugins recorded: no
 * page is built from a level that would be published empty or wrong.
 */
export function getLadder(): Promise<Ladder> {
  ladder ??= (async () => {
    const [tracks, levels] = await Promise.all([getCollection('tracks'), getCollection('levels')]);
    const problems = renderedProblems(
      levels.map((entry) => ({
        id: entry.id,
        file: entry.filePath ?? entry.id,
        tbd: entry.data.tbd,
        html: entry.rendered?.html,
        frontmatter: entry.rendered?.metadata?.frontmatter as Record<string, unknown> | undefined,
      })),
    );
    if (problems.length > 0) {
      const error = new Error(formatProblems(problems));
      error.stack = '';
      throw error;
    }
    return buildLadder(
      tracks.map((track) => ({ id: track.id, ...track.data })),
      levels.map((entry) => levelFromFrontmatter(entry.id, entry.data, entry.body ?? '')),
    );
  })();
  return ladder;
}

/** The rendered body of a level, ready to place with `<Content />`. */
export async function renderLevel(id: string) {
  const entry = await getEntry('levels', id);
  if (!entry) throw new Error(`No level with id ${id}.`);
  return render(entry);
}
