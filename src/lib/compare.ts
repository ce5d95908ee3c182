import { levelSlug } from './ids.ts';
import { route } from './urls.ts';
import { nextLevels, type Ladder, type Level, type Track } from './ladder.ts';

/** Two levels of one track side by side: the lower one first. */
export interface ComparePair {
  track: string;
  from: Level;
  to: Level;
}

/**
 * The comparisons that get their own static page: each level with each level of the same track
 * it advances to, both written. Any other pair goes through the track's compare page, so the
 * number of pages grows with the levels, not with their pairs.
 * @example comparePairs(ladder).map(pairPath) // ['web-operations/compare/trainee...junior/', …]
 */
export function comparePairs(ladder: Ladder): ComparePair[] {
  return ladder.tracks.flatMap((track) => track.levels.filter((level) => !level.tbd)).flatMap((from) => pairsFrom(ladder, from));
}

/** The static comparisons of one level: with each written level of its track it advances to. */
export function pairsFrom(ladder: Ladder, from: Level): ComparePair[] {
  if (from.tbd) return [];
  return nextLevels(ladder, from)
    .filter((to) => to.track === from.track && !to.tbd)
    .map((to) => ({ track: from.track, from, to }));
}

/**
 * The URL segment naming a pair, lower level first.
 * @example pairSlug({ track: 'ops', from: junior, to: senior }) // 'junior...senior'
 */
export function pairSlug({ from, to }: ComparePair): string {
  return `${levelSlug(from.id)}...${levelSlug(to.id)}`;
}

/** A pair's page, relative to the base path, e.g. `/web-operations/compare/junior...senior/`. */
export function pairPath({ track, from, to }: ComparePair): string {
  return route.comparePair(track, levelSlug(from.id), levelSlug(to.id));
}

/** Which of a track's own pages are worth a link: none that would have nothing on them. */
export interface TrackTools {
  /** The whole track on one page (`/<track>/all/`): at least one written level. */
  everyLevel: boolean;
  /** Comparing two levels (`/<track>/compare/`): at least two written levels. */
  compare: boolean;
  /** The competency matrix (`/<track>/matrix/`): built only for tracks whose levels share section names. */
  matrix: boolean;
}

/**
 * The track pages to link from the track's page and its levels' pages. A track whose only level
 * is to be defined links to none of them.
 * @example trackTools(management, false) // { everyLevel: false, compare: false, matrix: false }
 */
export function trackTools(track: Track, hasMatrix: boolean): TrackTools {
  const written = track.levels.filter((level) => !level.tbd).length;
  return { everyLevel: written > 0, compare: written > 1, matrix: hasMatrix && written > 1 };
}
