import type { APIRoute } from 'astro';
import { getLadder } from '../../../collections/get-ladder.ts';
import { compareSide } from '../../../collections/level-sections.ts';
import type { Track } from '../../../lib/ladder.ts';

/** Per track, the texts its compare page needs: a page never downloads every track's levels. */
export async function getStaticPaths() {
  const ladder = await getLadder();
  return ladder.tracks.map((track) => ({ params: { track: track.id }, props: { track } }));
}

export const GET: APIRoute = async ({ props }) => {
  const { track } = props as { track: Track };
  const levels = await Promise.all(track.levels.filter((level) => !level.tbd).map(compareSide));
  return new Response(JSON.stringify({ track: track.id, levels }), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
};
