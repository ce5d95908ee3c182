import type { CompareSide } from '../lib/compare-html.ts';
import { toHtml } from 'hast-util-to-html';
import { levelSlug } from '../lib/ids.ts';
import type { Ladder, Level, Track } from '../lib/ladder.ts';
import type { MatrixLevel } from '../lib/matrix.ts';
import { sharesSections } from '../lib/matrix.ts';
import { expectationsOf, parseLevelHtml, scopeLevelHtml, type Expectation } from '../lib/level-blocks.ts';
import { sectionTexts } from '../lib/sections.ts';
import { levelPath } from '../lib/urls.ts';
import { releaseAfterPages } from './build-memos.ts';
import { levelHtml } from './level-texts.ts';

/** Tracks whose levels share section names, by id: asked by every level page, worked out once per build. */
const matrixOf = new Map<string, Promise<boolean>>();

/** What the pages that show or export a level's text beside others need of it, read from one parse. */
interface LevelReading {
  /** Its expectations with the ids of its own page (ladder.json). */
  expectations: Expectation[];
  /** Its sections, ids scoped to share a page (compare, matrix, levels.json). */
  shared: MatrixLevel;
  /**
   * Its whole text, ids scoped the same way, for the one whole-track page that shows it: handed
   * over once and then let go, as a 2,000-level ladder would otherwise keep a second copy of
   * every level's text until the build ends.
   */
  scopedHtml: string | undefined;
}

/**
 * Each level read once per build: the matrix, the level's static comparisons (as the lower and
 * the higher level), its track's levels.json and ladder.json all need it, and parsing a level's
 * HTML again for each cost a quarter of a 2,000-level build's time (58 s → 44 s).
 */
const readings = new Map<string, Promise<LevelReading>>();
releaseAfterPages(() => {
  readings.clear();
  matrixOf.clear();
});

function readLevel(level: Level): Promise<LevelReading> {
  let reading = readings.get(level.id);
  if (!reading) {
    reading = (async () => {
      const url = levelPath(level.id);
      const slug = levelSlug(level.id);
      const tree = parseLevelHtml(await levelHtml(level.id));
      // Expectations first: scoping the sections changes the tree's ids in place.
      const expectations = expectationsOf(tree);
      const sections = sectionTexts(tree, { slug });
      return { expectations, shared: { slug, title: level.title, url, sections }, scopedHtml: toHtml(tree) };
    })();
    readings.set(level.id, reading);
  }
  return reading;
}

/**
 * A written level's sections (sections.ts) with ids scoped to share a page with other levels
 * (compare, matrix), without copy-link controls (the browser adds them, see scopeLevelHtml).
 */
export async function levelSections(level: Level): Promise<MatrixLevel> {
  return (await readLevel(level)).shared;
}

/** A written level's whole text with ids scoped to share a page (see scopeLevelTree), for the whole-track page. */
export async function levelScopedHtml(level: Level): Promise<string> {
  const reading = await readLevel(level);
  const html = reading.scopedHtml ?? scopeLevelHtml(await levelHtml(level.id), levelSlug(level.id));
  reading.scopedHtml = undefined;
  return html;
}

/** A written level's expectations (level-blocks.ts), with the ids of its own page. */
export async function levelExpectations(level: Level): Promise<Expectation[]> {
  return (await readLevel(level)).expectations;
}

/** A written level as a comparison shows it: its text section by section, ids scoped to share the page. */
export async function compareSide(level: Level): Promise<CompareSide> {
  const { slug, title, url, sections } = await levelSections(level);
  return { slug, title, rank: level.rank, url, sections };
}

/**
 * Whether a track gets a competency matrix page: at least two of its written levels share at
 * least one section name (sharesSections). Only the sections' names are kept, not their text.
 */
export function hasMatrix(track: Track): Promise<boolean> {
  let answer = matrixOf.get(track.id);
  if (!answer) {
    answer = (async () => {
      const written = track.levels.filter((level) => !level.tbd);
      if (written.length < 2) return false;
      const names = await Promise.all(written.map(async (level) => (await levelSections(level)).sections.map(({ path }) => ({ path, html: '' }))));
      return sharesSections(names);
    })();
    matrixOf.set(track.id, answer);
  }
  return answer;
}

/** The tracks that get a competency matrix page, in the ladder's order. */
export async function matrixTracks(ladder: Ladder): Promise<Track[]> {
  const answers = await Promise.all(ladder.tracks.map(hasMatrix));
  return ladder.tracks.filter((_, index) => answers[index]);
}
