/**
 * Problems found while a level's Markdown is turned into HTML. Astro only logs an error thrown
 * there and caches the entry, so the plugins never throw on Markdown: they record problems in the
 * entry's frontmatter metadata, which Astro keeps with the rendered entry (cache included), and
 * the pages fail the build naming the file (src/collections/get-ladder.ts). MDX levels are
 * compiled as code, where an error does stop the build, so there they throw.
 */

/** What a plugin knows of the file it transforms (a vfile). */
export interface FileData {
  path?: string | undefined;
  data: { astro?: { frontmatter?: Record<string, unknown> } };
}

/** A problem in a level's text, without its file (the entry knows it). */
export interface TextProblem {
  field: string;
  message: string;
  fix: string;
}

/** The frontmatter key that carries a level's text problems from rendering to the pages. */
export const TEXT_PROBLEMS_KEY = 'ladderTextProblems';

/** Records one problem on the file, or throws it at once for an MDX level. */
export function recordProblem(file: FileData, problem: TextProblem): void {
  if (file.path?.endsWith('.mdx')) {
    const error = new Error(`${file.path}\n  ${problem.field}: ${problem.message}\n  How to fix: ${problem.fix}`);
    error.stack = '';
    throw error;
  }
  file.data.astro ??= {};
  const frontmatter = (file.data.astro.frontmatter ??= {});
  const list = (frontmatter[TEXT_PROBLEMS_KEY] ??= []) as TextProblem[];
  list.push(problem);
}

/** The problems recorded on a rendered entry's frontmatter metadata. */
export function textProblemsOf(metadataFrontmatter: Record<string, unknown> | undefined): TextProblem[] {
  const list = metadataFrontmatter?.[TEXT_PROBLEMS_KEY];
  return Array.isArray(list) ? (list as TextProblem[]) : [];
}

/** A link to a fragment of another level, checked once every level has its ids. */
export interface LevelLink {
  /** As the author wrote it, e.g. `./l4.md#ownership`. */
  href: string;
  levelId: string;
  fragment: string;
}

/** The frontmatter key that carries a level's links to other levels' fragments. */
export const LEVEL_LINKS_KEY = 'ladderLevelLinks';

/** Records a link to another level's fragment, for the check that the fragment exists. */
export function recordLevelLink(file: FileData, link: LevelLink): void {
  file.data.astro ??= {};
  const frontmatter = (file.data.astro.frontmatter ??= {});
  ((frontmatter[LEVEL_LINKS_KEY] ??= []) as LevelLink[]).push(link);
}

/** The links to other levels' fragments recorded on a rendered entry. */
export function levelLinksOf(metadataFrontmatter: Record<string, unknown> | undefined): LevelLink[] {
  const list = metadataFrontmatter?.[LEVEL_LINKS_KEY];
  return Array.isArray(list) ? (list as LevelLink[]) : [];
}
