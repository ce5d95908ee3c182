import { levelSlug } from '../lib/ids.ts';
import { publishedLevels } from '../lib/ladder.ts';
import { getLadder } from './get-ladder.ts';

/** One page per track, for the routes under `/<track>/` (track page, whole track, compare, matrix). */
export async function trackStaticPaths() {
  const ladder = await getLadder();
  return ladder.tracks.map((track) => ({ params: { track: track.id }, props: { track } }));
}

/** One page per written level: `/<track>/<level>/`. */
export async function levelStaticPaths() {
  const ladder = await getLadder();
  return publishedLevels(ladder).map((level) => ({ params: { track: level.track, level: levelSlug(level.id) }, props: { level } }));
}
