import type { APIRoute } from 'astro';
import { getLadder } from '../collections/get-ladder.ts';
import { matrixTracks } from '../collections/level-sections.ts';
import { levelHtml } from '../collections/level-texts.ts';
import { comparePairs, pairPath } from '../lib/compare.ts';
import { publishedLevels } from '../lib/ladder.ts';
import { ladderJson } from '../lib/ladder-json.ts';
import { expectationsOf } from '../lib/level-blocks.ts';
import { BUILD_TIME } from '../lib/site-config.ts';
import { absoluteUrl, withBase, route } from '../lib/urls.ts';

/** The machine-readable ladder (format in the README, schema in src/lib/ladder-json.ts). */
export const GET: APIRoute = async () => {
  const ladder = await getLadder();
  const levels = publishedLevels(ladder);
  const expectations = new Map(await Promise.all(levels.map(async (level) => [level.id, expectationsOf(await levelHtml(level.id))] as const)));
  const pages = [
    ...ladder.tracks.flatMap((track) => [route.trackAll(track.id), route.compare(track.id)]),
    ...comparePairs(ladder).map(pairPath),
    ...(await matrixTracks(ladder)).map((track) => route.matrix(track.id)),
  ];
  const json = ladderJson({ ladder, home: absoluteUrl(withBase(route.home())), expectations, pages, built: BUILD_TIME });
  return new Response(`${JSON.stringify(json, null, 2)}\n`, { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
};
