import { existsSync } from 'node:fs';
import path from 'node:path';
import type { LevelLinkOptions } from '../lib/markdown/rehype-level-links.ts';
import { joinBase, route } from '../lib/urls.ts';

/**
 * The link plugin's view of this build: where the content folder is, which level files exist,
 * and each level's page under the base path.
 */
export function levelLinkOptions(contentDir: string, base: string): LevelLinkOptions {
  const contentRoot = path.resolve(contentDir).split(path.sep).join('/');
  return {
    contentRoot,
    pageOf: (levelId) => joinBase(base, route.level(levelId)),
    levelExists: (file) => existsSync(path.join(contentRoot, file)),
  };
}
