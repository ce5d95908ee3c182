import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import type { ContentFile } from '../lib/check-content.ts';

/**
 * Reads every Markdown, MDX and `_track.yml` file below the content folder.
 * Paths in the result are relative to `root`, as authors see them in their editor.
 */
export async function readContentFolder(root: string, contentDir: string): Promise<ContentFile[]> {
  const folder = path.resolve(root, contentDir);
  let names: string[];
  try {
    names = await readdir(folder, { recursive: true });
  } catch {
    throw new Error(
      `The content folder ${contentDir} does not exist (looked in ${folder}).\n` +
        `  How to fix: create it with one folder per track, or point LADDER_CONTENT_DIR at the folder that holds your ladder.`,
    );
  }
  const wanted = names.map((name) => name.split(path.sep).join('/')).filter((name) => /\.(md|mdx|ya?ml)$/i.test(name)).sort();
  return Promise.all(
    wanted.map(async (relativePath) => ({
      relativePath,
      path: path.relative(root, path.join(folder, relativePath)).split(path.sep).join('/'),
      text: await readFile(path.join(folder, relativePath), 'utf8'),
    })),
  );
}
