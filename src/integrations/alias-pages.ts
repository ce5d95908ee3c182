import { checkContent } from '../lib/check-content.ts';
import { joinBase } from '../lib/urls.ts';
import { readContentFolder } from './read-content.ts';

/**
 * Paths (with base) of the redirect pages the build writes for levels' old addresses, read
 * straight from the content folder so the config can keep them out of the sitemap. A folder
 * that cannot be read gives none: the content check reports it properly.
 */
export async function aliasPagePaths(root: string, contentDir: string, base: string): Promise<Set<string>> {
  try {
    const { levels } = checkContent(await readContentFolder(root, contentDir));
    return new Set(levels.flatMap((level) => level.aliases).map((alias) => joinBase(base, `/${alias}/`)));
  } catch {
    return new Set();
  }
}
