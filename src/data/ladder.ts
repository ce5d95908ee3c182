import { getCollection, getEntry, render } from 'astro:content';
import { buildLadder, type Ladder } from '../lib/ladder.ts';
import { resolveLevelRef, trackIdFromPath } from '../lib/ids.ts';
import { firstSentence } from '../lib/summary.ts';

let ladder: Promise<Ladder> | undefined;

/** The whole ladder, read from the content collections once per build. */
export function getLadder(): Promise<Ladder> {
  ladder ??= (async () => {
    const [tracks, levels] = await Promise.all([getCollection('tracks'), getCollection('levels')]);
    return buildLadder(
      tracks.map((track) => ({ id: track.id, ...track.data })),
      levels.map((entry) => ({
        id: entry.id,
        track: trackIdFromPath(entry.id),
        title: entry.data.title,
        rank: entry.data.rank,
        next: entry.data.next,
        summary: entry.data.summary ?? firstSentence(entry.body ?? ''),
        tbd: entry.data.tbd,
        aliases: entry.data.aliases.map((alias) => resolveLevelRef(alias, trackIdFromPath(entry.id))),
      })),
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
