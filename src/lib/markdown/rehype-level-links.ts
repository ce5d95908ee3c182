import type { Root } from 'hast';
import { visitElements } from './walk.ts';
import { recordLevelLink, recordProblem, type FileData } from './problems.ts';

/** What the link plugin needs to know about the site and its content folder. */
export interface LevelLinkOptions {
  /** Absolute path of the content folder, with forward slashes. */
  contentRoot: string;
  /** The page of a level id (`track/name`), with the base path, e.g. `/ladder/ops/senior/`. */
  pageOf: (levelId: string) => string;
  /** Whether a level file (path relative to the content folder) exists. */
  levelExists: (relativePath: string) => boolean;
}

const LEVEL_FILE = /\.(md|mdx)$/i;
const HAS_SCHEME = /^[a-z][a-z0-9+.-]*:/i;

/**
 * The level a relative link from one level file to another points at, or why it cannot.
 * @example resolveLevelLink('ops/junior.md', './senior.md#ownership') // { levelId: 'ops/senior', file: 'ops/senior.md', fragment: 'ownership' }
 */
export function resolveLevelLink(fromFile: string, href: string): { levelId: string; file: string; fragment: string } | { outside: true } | undefined {
  if (HAS_SCHEME.test(href) || href.startsWith('/') || href.startsWith('#')) return undefined;
  const [target = '', fragment = ''] = href.split('#', 2);
  const pathOnly = target.split('?')[0]!;
  if (!LEVEL_FILE.test(pathOnly)) return undefined;
  // Resolved as a URL below a made-up root: a path that climbs out of it leaves the content folder.
  const resolved = decodeURIComponent(new URL(pathOnly, `https://content.invalid/root/${fromFile}`).pathname);
  if (!resolved.startsWith('/root/')) return { outside: true };
  const parts = resolved.slice('/root/'.length).split('/');
  if (parts.length !== 2) return { outside: true };
  return { levelId: `${parts[0]}/${parts[1]!.replace(LEVEL_FILE, '')}`, file: parts.join('/'), fragment };
}

/**
 * Rehype plugin: links between level files (`[L2](l2.md)`, `[Senior](./senior.md#ownership)`,
 * `[Manager](../management/manager.md)`), as ladders kept in a repository write them, lead to the
 * level's page (and fragment) under the base path. A link to a file that is not a level is a problem.
 */
export function rehypeLevelLinks(options: LevelLinkOptions) {
  return (tree: Root, file: FileData) => {
    if (!file.path) return;
    const fromFile = file.path.replace(/\\/g, '/').slice(options.contentRoot.replace(/\/?$/, '/').length);
    visitElements(tree, (element) => {
      const href = element.properties?.['href'];
      if (element.tagName !== 'a' || typeof href !== 'string') return;
      const link = resolveLevelLink(fromFile, href);
      if (!link) return;
      if ('outside' in link || !options.levelExists(link.file)) {
        recordProblem(file, {
          field: '(link)',
          message: `links to ${href}, which is not a level file of this ladder.`,
          fix: 'Link to a level by its file, e.g. [Senior](senior.md) in the same track or [Manager](../management/manager.md) in another, or use a full https:// address.',
        });
        return;
      }
      element.properties!['href'] = `${options.pageOf(link.levelId)}${link.fragment ? `#${link.fragment}` : ''}`;
      if (link.fragment) recordLevelLink(file, { href, levelId: link.levelId, fragment: link.fragment });
    });
  };
}
