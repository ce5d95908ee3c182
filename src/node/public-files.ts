import { readdir } from 'node:fs/promises';
import path from 'node:path';
import { hasCode } from './fs-errors.ts';

/**
 * The files of the project's `public/` folder, as paths relative to it (`favicon.svg`,
 * `images/logo.png`): what the site file's `logo` and `favicon` may name. No folder, no files.
 */
export async function readPublicFiles(publicDir: string): Promise<Set<string>> {
  try {
    const entries = await readdir(publicDir, { recursive: true, withFileTypes: true });
    return new Set(
      entries
        .filter((entry) => entry.isFile() || entry.isSymbolicLink())
        .map((entry) => path.relative(publicDir, path.join(entry.parentPath, entry.name)).split(path.sep).join('/')),
    );
  } catch (error) {
    if (hasCode(error, 'ENOENT', 'ENOTDIR')) return new Set();
    throw error;
  }
}
