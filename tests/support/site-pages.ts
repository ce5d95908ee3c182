import { existsSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { repoRoot } from './fixtures.ts';

/** The address the browser tests open for the built 404.html: any unknown path shows it. */
export const NOT_FOUND_PATH = 'no-such-page-anywhere/';

/**
 * Every page of the built site, read from the build folder the project's server serves (its
 * `distDir`: dist/, dist-base-path/ or dist-structured/; see playwright.config.ts), as paths relative
 * to the site's base, e.g. `''` for home, `web-operations/senior/`. The list grows with the
 * content and with new routes, so checks over it cover every page without naming them.
 */
export function builtPages(distDir: string): string[] {
  const dir = path.join(repoRoot, distDir);
  if (!existsSync(path.join(dir, 'index.html'))) throw new Error(`No built site in ${dir}: run the build first.`);
  const pages: string[] = [];
  const walk = (relative: string) => {
    for (const entry of readdirSync(path.join(dir, relative), { withFileTypes: true })) {
      const child = relative ? `${relative}/${entry.name}` : entry.name;
      if (entry.isDirectory() && !entry.name.startsWith('_') && entry.name !== 'pagefind') walk(child);
      else if (entry.name === 'index.html') pages.push(relative ? `${relative}/` : '');
      else if (child === '404.html') pages.push(NOT_FOUND_PATH);
    }
  };
  walk('');
  return pages.sort();
}
