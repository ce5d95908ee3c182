import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { repoRoot } from './fixtures.ts';
import type { BuiltPage } from './links.ts';

/** A build output folder read into memory: its pages (by URL path) and the URL path of every file. */
export function readBuiltSite(outDir: string, base: string) {
  const root = path.resolve(repoRoot, outDir);
  const relative = readdirSync(root, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => path.relative(root, path.join(entry.parentPath, entry.name)).split(path.sep).join('/'));
  const files = new Set(relative.map((file) => base + file));
  const pages: (BuiltPage & { file: string })[] = relative
    .filter((file) => file.endsWith('.html'))
    .map((file) => ({
      file: path.join(root, file),
      path: base + file.replace(/(^|\/)index\.html$/, '$1'),
      html: readFileSync(path.join(root, file), 'utf8'),
    }));
  const assets = relative
    .filter((file) => /\.(css|js|mjs)$/.test(file))
    .map((file) => ({ path: base + file, text: readFileSync(path.join(root, file), 'utf8') }));
  return { root, files, pages, assets };
}
