import { expectationsOf } from '../level-blocks.ts';
import { levelLinksOf, textProblemsOf } from '../markdown/problems.ts';
import { quotedList, suggestionsFor, type ContentProblem } from './problems.ts';

/** A level as the content collection holds it after rendering. */
export interface RenderedLevel {
  id: string;
  /** Path from the project root, e.g. `content/ops/senior.md`. */
  file: string;
  tbd: boolean;
  /** Rendered HTML of a Markdown level; none for MDX (rendered per page) or when rendering failed. */
  html?: string | undefined;
  /** The frontmatter metadata the Markdown plugins wrote to (see src/lib/markdown/problems.ts). */
  frontmatter?: Record<string, unknown> | undefined;
}

/**
 * What went wrong while the levels' Markdown was rendered: a level with no HTML (its rendering
 * threw, now or in a cached earlier build), problems the plugins recorded (ids, links), and links
 * to a fragment that the other level does not have. Checked when the pages read the ladder, so
 * the content cache can never hide them.
 */
export function renderedProblems(levels: readonly RenderedLevel[]): ContentProblem[] {
  const byId = new Map(levels.map((level) => [level.id, level]));
  const idsOf = new Map<string, Set<string>>();
  const expectationIds = (level: RenderedLevel) => {
    if (!idsOf.has(level.id)) idsOf.set(level.id, new Set(expectationsOf(level.html ?? '').map((expectation) => expectation.id)));
    return idsOf.get(level.id)!;
  };
  return levels.flatMap((level): ContentProblem[] => {
    if (level.tbd || !level.file.endsWith('.md')) return [];
    if (level.html === undefined) {
      return [
        {
          file: level.file,
          field: '(text)',
          message: 'could not be turned into HTML, so its page would be empty.',
          fix: 'Fix the error reported for this file above. If no other error names it, build again: a failed rendering is never kept in the cache.',
        },
      ];
    }
    const recorded = textProblemsOf(level.frontmatter).map((problem) => ({ file: level.file, ...problem }));
    const links = levelLinksOf(level.frontmatter).flatMap((link): ContentProblem[] => {
      const target = byId.get(link.levelId);
      if (!target || target.tbd) {
        return [{ file: level.file, field: '(link)', message: `links to ${link.href}, a level that has no page yet.`, fix: 'Link to a written level, or remove the link until that level is written.' }];
      }
      if (target.html === undefined || expectationIds(target).has(link.fragment)) return [];
      const { typos, closest } = suggestionsFor(link.fragment, [...expectationIds(target)]);
      const options = typos.length > 0 ? typos : closest;
      return [
        {
          file: level.file,
          field: '(link)',
          message: `links to ${link.href}, but ${target.file} has no expectation with the id "${link.fragment}".`,
          fix: options.length > 0 ? `Did you mean ${quotedList(options.map((id) => `#${id}`))}? Ids are listed in /ladder.json.` : 'Link to the level without a #fragment.',
        },
      ];
    });
    return [...recorded, ...links];
  });
}
