import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { readContentFolder } from '../../src/node/read-content-folder.ts';
import { checkContent } from '../../src/lib/content/check.ts';
import { buildLadder } from '../../src/lib/ladder.ts';

/** The repository's root folder. */
export const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

/**
 * A frozen copy of the shipped Web Operations ladder: unit tests read it instead of `content/`,
 * so an author's edit to the live ladder never breaks them (the build of `content/` still runs
 * in `npm test`).
 */
export const WEB_OPERATIONS_LADDER = 'tests/fixtures/web-operations-ladder';

/** Runs the content check over a folder of the repository, e.g. `tests/fixtures/broken/cycle`. */
export async function checkFolder(contentDir: string) {
  return checkContent(await readContentFolder(repoRoot, contentDir));
}

/** The ladder built from a content folder through the same check the build runs. */
export async function ladderOf(contentDir: string) {
  const { tracks, levels, problems } = await checkFolder(contentDir);
  if (problems.length > 0) throw new Error(`${contentDir} has problems: ${JSON.stringify(problems)}`);
  return buildLadder(tracks, levels);
}
