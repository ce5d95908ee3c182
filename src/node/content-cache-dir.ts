import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const source = path.dirname(fileURLToPath(import.meta.url));

/** The code that turns a level's Markdown into HTML: the content cache holds its output. */
const RENDERING_CODE = [
  ...readdirSync(path.join(source, '../lib/markdown')).map((name) => path.join(source, '../lib/markdown', name)),
  path.join(source, 'level-markdown.ts'),
  path.join(source, 'level-link-options.ts'),
  path.join(source, '../lib/own-text.ts'),
  path.join(source, '../lib/review/text-hash.ts'),
];

/**
 * Astro's cache folder for this content folder and this version of the Markdown plugins, e.g.
 * `./node_modules/.astro/content-1a2b3c4d`. Astro keeps rendered levels between builds and
 * renders again only the files that changed, not when the plugins that render them change: a
 * new version of the plugins gets a fresh cache, so no page is built from HTML the old code made.
 * Each content folder has its own cache too, so a fixture's entries never reach the real ladder.
 */
export function contentCacheDir(contentDir: string): string {
  const hash = createHash('sha256');
  for (const file of RENDERING_CODE.sort()) hash.update(readFileSync(file));
  return `./node_modules/.astro/${contentDir.replace(/[^a-z0-9]+/gi, '-')}-${hash.digest('hex').slice(0, 8)}`;
}
