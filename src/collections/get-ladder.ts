import { getCollection, getEntry, render } from 'astro:content';
import { buildLadder, levelFromFrontmatter, type Ladder } from '../lib/ladder.ts';

let ladder: Promise<Ladder> | undefined;

/** The whole ladder, read from the content collections once per build. */
export function getLadder(): Promise<Ladder> {
  ladder ??= (async () => {
    const [tracks, levels] = await Promise.all([getCollection('tracks'), getCollection('levels')]);
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
