import { editDistance } from '../suggest.ts';

/** One thing an author has to fix: where, which field, what is wrong, and how to fix it. */
export interface ContentProblem {
  /** Path as authors see it in their editor, e.g. `content/web-operations/senior.md`. */
  file: string;
  /** Line of the file the problem is on (1 is the first), when it is on one line. */
  line?: number;
  field: string;
  message: string;
  fix: string;
}

/**
 * Formats problems as one message for the build log, one block per problem.
 * @example formatProblems([{ file: 'content/a/b.md', line: 3, field: 'rank', message: 'is missing.', fix: 'Add `rank: 2`.' }])
 */
export function formatProblems(problems: readonly ContentProblem[], consequence = 'the site was not built'): string {
  const count = problems.length === 1 ? '1 problem' : `${problems.length} problems`;
  const blocks = problems.map(
    (problem) =>
      `${problem.file}${problem.line ? `:${problem.line}` : ''}\n  ${problem.field}: ${problem.message}\n  How to fix: ${problem.fix}`,
  );
  return `The ladder's content has ${count}; ${consequence}.\n\n${blocks.join('\n\n')}\n`;
}

/** How many suggestions a message lists at most, so it fits on a screen on a ladder of any size. */
const MAX_SUGGESTIONS = 5;

/**
 * What to suggest instead of a name that matches nothing, for a message that must fit on a
 * screen however large the ladder: the candidates close enough to be a typo (`typos`), else the
 * closest few (`closest`); at most five either way, closest first.
 * @example suggestionsFor('senoir', ['junior', 'senior', 'lead']) // { typos: ['senior'], closest: ['senior', 'junior', 'lead'] }
 */
export function suggestionsFor(target: string, candidates: readonly string[], max = MAX_SUGGESTIONS): { typos: string[]; closest: string[] } {
  const ranked = [...new Set(candidates)]
    .map((candidate) => ({ candidate, distance: editDistance(target, candidate) }))
    .sort((a, b) => a.distance - b.distance || a.candidate.localeCompare(b.candidate))
    .slice(0, max);
  // A typo is a few letters of the last part of the name (a path's file name).
  const tolerance = Math.max(2, Math.ceil(target.split('/').pop()!.length / 3));
  return {
    typos: ranked.filter(({ distance }) => distance <= tolerance).map(({ candidate }) => candidate),
    closest: ranked.map(({ candidate }) => candidate),
  };
}

/**
 * A list of names for a message, in quotes.
 * @example quotedList(['a', 'b']) // '"a", "b"'
 */
export function quotedList(names: readonly string[]): string {
  return names.map((name) => `"${name}"`).join(', ');
}

/**
 * Problems as a command line prints them: `path:line: field: message`, then the fix, so editors
 * and terminals link straight to the line.
 * @example problemLines([{ file: 'content/a/b.md', line: 3, field: 'rank', message: 'is missing.', fix: 'Add `rank: 2`.' }])
 * // 'content/a/b.md:3: rank: is missing.\n  How to fix: Add `rank: 2`.'
 */
export function problemLines(problems: readonly ContentProblem[]): string {
  return problems.map((problem) => `${problem.file}${problem.line ? `:${problem.line}` : ''}: ${problem.field}: ${problem.message}\n  How to fix: ${problem.fix}`).join('\n');
}

/** Text for a GitHub Actions workflow command: `%`, CR and LF escaped (and `,`/`:` in properties). */
function escapeAnnotation(text: string, property = false): string {
  const escaped = text.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
  return property ? escaped.replace(/:/g, '%3A').replace(/,/g, '%2C') : escaped;
}

/**
 * Problems as GitHub Actions error annotations, so they show on the pull request's lines.
 * @example githubAnnotations([{ file: 'content/a/b.md', line: 3, field: 'rank', message: 'is missing.', fix: 'Add it.' }])
 * // '::error file=content/a/b.md,line=3,title=rank::rank: is missing. How to fix: Add it.'
 */
export function githubAnnotations(problems: readonly ContentProblem[]): string {
  return problems
    .map((problem) => {
      const where = [`file=${escapeAnnotation(problem.file, true)}`, ...(problem.line ? [`line=${problem.line}`] : []), `title=${escapeAnnotation(problem.field, true)}`];
      return `::error ${where.join(',')}::${escapeAnnotation(`${problem.field}: ${problem.message} How to fix: ${problem.fix}`)}`;
    })
    .join('\n');
}
