import { buildLadder, type Ladder, type Level, type TrackSource } from '../ladder.ts';
import type { ContentProblem } from './problems.ts';
import { readLadderSource, type ContentFile } from './read.ts';
import { CONTENT_RULES } from './rules.ts';

export type { ContentFile } from './read.ts';
export { formatProblems, type ContentProblem } from './problems.ts';

export interface ContentCheck {
  problems: ContentProblem[];
  tracks: TrackSource[];
  levels: Level[];
}

/**
 * Reads a content folder's files and checks them against every rule of the ladder (see
 * rules.ts). Returns every problem at once, with the tracks and levels that parsed.
 */
export function checkContent(files: readonly ContentFile[]): ContentCheck {
  const source = readLadderSource(files);
  const problems = [...source.problems, ...CONTENT_RULES.flatMap((rule) => rule(source))];
  return { problems, tracks: source.tracks.map(({ track }) => track), levels: source.levels.map(({ level }) => level) };
}

/** The ladder a content folder describes, when it has no problems; throws the formatted problems otherwise. */
export function ladderFromFiles(files: readonly ContentFile[]): Ladder {
  const { problems, tracks, levels } = checkContent(files);
  if (problems.length > 0) throw new Error(problems.map((problem) => `${problem.file}: ${problem.field} ${problem.message}`).join('\n'));
  return buildLadder(tracks, levels);
}
