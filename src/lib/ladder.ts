import { resolveLevelRef, trackIdFromPath } from './ids.ts';
import type { LevelData } from './schema.ts';
import { firstSentence } from './summary.ts';
import type { AccentName } from './track-accent.ts';

/** One level of a track, as the pages use it. */
export interface Level {
  /** `track/file-name`, e.g. `web-operations/senior`; also its URL path. */
  id: string;
  /** Id of the track it belongs to. */
  track: string;
  title: string;
  rank: number;
  /** Full ids of the levels it advances to. */
  next: string[];
  summary: string;
  /** Named in the ladder but not written yet: listed, never given a page. */
  tbd: boolean;
  /** Old ids (`track/file-name`) that redirect to this level, e.g. after a rename. */
  aliases: string[];
}

/** A track and its levels, lowest rank first. */
export interface Track {
  id: string;
  title: string;
  description: string;
  order: number;
  /** The colour named in _track.yml, if any (see track-accent.ts). */
  accent?: AccentName | undefined;
  levels: Level[];
}

/** Every track and level of the site, with look-ups both ways. */
export interface Ladder {
  /** Tracks by `order`, then title. */
  tracks: Track[];
  levels: ReadonlyMap<string, Level>;
  /** Level ids to the levels that advance to them, lowest rank first. */
  previous: ReadonlyMap<string, Level[]>;
}

/** A track as its `_track.yml` describes it, before its levels are attached. */
export type TrackSource = Omit<Track, 'levels'>;

const byRank = (a: Level, b: Level) => a.rank - b.rank || a.title.localeCompare(b.title);

/**
 * A level from its id and validated frontmatter: `next` and `aliases` resolved to full ids, the
 * summary defaulting to the text's first sentence. The one place frontmatter becomes a Level,
 * for the content check and the pages alike.
 * @example levelFromFrontmatter('web-operations/junior', data, body).next // ['web-operations/senior']
 */
export function levelFromFrontmatter(id: string, data: LevelData, body: string): Level {
  const track = trackIdFromPath(id);
  return {
    id,
    track,
    title: data.title,
    rank: data.rank,
    next: data.next.map((ref) => resolveLevelRef(ref, track)),
    summary: data.summary ?? firstSentence(body),
    tbd: data.tbd,
    aliases: data.aliases.map((alias) => resolveLevelRef(alias, track)),
  };
}

/**
 * Puts validated tracks and levels together: levels sorted into their tracks and the reverse
 * (previous) links computed once. Does not validate: run `checkContent` first; `next` ids that
 * name no level are dropped here.
 */
export function buildLadder(trackSources: TrackSource[], levelSources: Level[]): Ladder {
  const levels = new Map(levelSources.map((source) => [source.id, { ...source }]));
  for (const level of levels.values()) level.next = level.next.filter((id) => levels.has(id));

  const previous = new Map<string, Level[]>();
  for (const level of levels.values()) {
    for (const id of level.next) previous.set(id, [...(previous.get(id) ?? []), level]);
  }
  for (const list of previous.values()) list.sort(byRank);

  const tracks = trackSources
    .map((track) => ({
      ...track,
      levels: [...levels.values()].filter((level) => level.track === track.id).sort(byRank),
    }))
    .sort((a, b) => a.order - b.order || a.title.localeCompare(b.title));

  return { tracks, levels, previous };
}

/** The levels a level advances to, in the order its `next` lists them. */
export function nextLevels(ladder: Ladder, level: Level): Level[] {
  return level.next.map((id) => ladder.levels.get(id)).filter((next): next is Level => next !== undefined);
}

/** The levels that advance to this one (usually the level below it). */
export function previousLevels(ladder: Ladder, level: Level): Level[] {
  return ladder.previous.get(level.id) ?? [];
}

/** The track a level belongs to. */
export function trackOf(ladder: Ladder, level: Level): Track {
  const track = ladder.tracks.find((candidate) => candidate.id === level.track);
  if (!track) throw new Error(`Level ${level.id} belongs to no known track "${level.track}".`);
  return track;
}

/**
 * Where a level sits in its track, for "Level N of M".
 * @example levelPosition(webOps, senior) // { index: 3, count: 5 }
 */
export function levelPosition(track: Track, level: Level): { index: number; count: number } {
  return { index: track.levels.findIndex((candidate) => candidate.id === level.id) + 1, count: track.levels.length };
}

/** Levels that have a page (everything but the ones still to be defined). */
export function publishedLevels(ladder: Ladder): Level[] {
  return [...ladder.levels.values()].filter((level) => !level.tbd);
}

/**
 * Splits a level's next levels into the step straight up its own track (the lowest-ranked
 * next level of the same track) and the branches (other tracks, or further levels).
 * @example splitNext(ladder, principal) // { up: lead, branches: [managerWebOperations] }
 */
export function splitNext(ladder: Ladder, level: Level): { up: Level | undefined; branches: Level[] } {
  const next = nextLevels(ladder, level);
  const up = next
    .filter((candidate) => candidate.track === level.track && candidate.rank > level.rank)
    .sort((a, b) => a.rank - b.rank)[0];
  return { up, branches: next.filter((candidate) => candidate !== up) };
}
