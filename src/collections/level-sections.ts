import type { CompareSide } from '../lib/compare-html.ts';
import { levelSlug } from '../lib/ids.ts';
import type { Ladder, Level, Track } from '../lib/ladder.ts';
import type { MatrixLevel } from '../lib/matrix.ts';
import { sharesSections } from '../lib/matrix.ts';
import { sectionTexts } from '../lib/sections.ts';
import { levelPath } from '../lib/urls.ts';
import { levelHtml } from './level-texts.ts';

/** Tracks whose levels share section names, by id: asked by every level page, worked out once per build. */
const matrixOf = new Map<string, Promise<boolean>>();

/**
 * Each level's sections, worked out once per build: the matrix, the level's static comparisons
 * (as the lower and the higher level) and its track's levels.json all show them, and parsing a
 * level's HTML again for each cost a quarter of a 2,000-level build's time (58 s → 44 s).
 */
const sectionsOf = new Map<string, Promise<MatrixLevel>>();

/**
 * A written level's sections (sections.ts) with ids scoped to share a page with other levels
 * (compare, matrix), its copy-links pointing at its own page.
 */
export function levelSections(level: Level): Promise<MatrixLevel> {
  let sections = sectionsOf.get(level.id);
  if (!sections) {
    sections = (async () => {
      const url = levelPath(level.id);
      const slug = levelSlug(level.id);
      return { slug, title: level.title, url, sections: sectionTexts(await levelHtml(level.id), { slug, url }) };
    })();
    sectionsOf.set(level.id, sections);
  }
  return sections;
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
