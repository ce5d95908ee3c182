import type { APIRoute } from 'astro';
import { getLadder } from '../collections/get-ladder.ts';
import { levelExpectations, matrixTracks } from '../collections/level-sections.ts';
import { comparePairs, pairPath } from '../lib/compare.ts';
import { publishedLevels } from '../lib/ladder.ts';
import { ladderJson } from '../lib/ladder-json.ts';
import { BUILD_TIME } from '../lib/site-config.ts';
import { absoluteUrl, withBase, route } from '../lib/urls.ts';

/** The machine-readable ladder (format in the README, schema in src/lib/ladder-json.ts). */
export const GET: APIRoute = async () => {
  const ladder = await getLadder();
  const levels = publishedLevels(ladder);
  const expectations = new Map(await Promise.all(levels.map(async (level) => [level.id, await levelExpectations(level)] as const)));
  const pages = [
    ...ladder.tracks.flatMap((track) => [route.trackAll(track.id), route.compare(track.id)]),
    ...comparePairs(ladder).map(pairPath),
    ...(await matrixTracks(ladder)).map((track) => route.matrix(track.id)),
  ];
  const json = ladderJson({ ladder, home: absoluteUrl(withBase(route.home())), expectations, pages, built: BUILD_TIME });
  // Not indented: a 2,000-level ladder's file is a quarter smaller (tools parse it; people use the site).
  return new Response(`${JSON.stringify(json)}\n`, { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
};
