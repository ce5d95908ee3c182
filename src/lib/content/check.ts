import { buildLadder, type Ladder, type Level, type TrackSource } from '../ladder.ts';
import type { ContentProblem } from './problems.ts';
import { readLadderSource, type ContentFile, type LadderSource, type ReadOptions } from './read.ts';
import { CONTENT_RULES } from './rules.ts';

export type { ContentFile, ReadOptions, SiteEntry } from './read.ts';
export { formatProblems, type ContentProblem } from './problems.ts';

export interface ContentCheck {
  problems: ContentProblem[];
  tracks: TrackSource[];
  levels: Level[];
  /** Everything the reader found, with files, bodies and line numbers (for the command-line check). */
  source: LadderSource;
}

/**
 * Reads a content folder's files and checks them against every rule of the ladder (see
 * rules.ts). Returns every problem at once, with the tracks and levels that parsed. Given the
 * files of `public/` (`options.publicFiles`), it also checks that the site file's images exist.
 */
export function checkContent(files: readonly ContentFile[], options: ReadOptions = {}): ContentCheck {
  const source = readLadderSource(files, options);
  const problems = [...source.problems, ...CONTENT_RULES.flatMap((rule) => rule(source))];
  return { problems, tracks: source.tracks.map(({ track }) => track), levels: source.levels.map(({ level }) => level), source };
}

/** The ladder a content folder describes, when it has no problems; throws the formatted problems otherwise. */
export function ladderFromFiles(files: readonly ContentFile[]): Ladder {
  const { problems, tracks, levels } = checkContent(files);
  if (problems.length > 0) throw new Error(problems.map((problem) => `${problem.file}: ${problem.field} ${problem.message}`).join('\n'));
  return buildLadder(tracks, levels);
}
