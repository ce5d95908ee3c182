import type { AstroIntegration } from 'astro';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { ladderJsonSchema } from '../lib/ladder-json.ts';
import { hasCode } from '../node/fs-errors.ts';
import { RECORD_FILE, formatMissingUrls, liveUrlsOf, missingUrls, parseRecord } from '../lib/published-urls.ts';

/**
 * After a build, checks that every URL in `<content folder>/published-urls.txt` still works
 * (as a page, an alias's redirect, or a paragraph id) and fails the build naming each one that
 * does not. A content folder without that file (e.g. a test fixture) is not checked.
 */
export function publishedUrls({ contentDir }: { contentDir: string }): AstroIntegration {
  let root = process.cwd();
  return {
    name: 'published-urls',
    hooks: {
      'astro:config:done': ({ config }) => {
        root = fileURLToPath(config.root);
      },
      'astro:build:done': async ({ dir }) => {
        const recordPath = path.join(contentDir, RECORD_FILE);
        let record: string;
        try {
          record = await readFile(path.resolve(root, recordPath), 'utf8');
        } catch (error) {
          // No record yet (a new ladder, a test fixture): nothing to protect. Any other error
          // (permissions, a folder in its place) must not quietly turn the check off.
          if (hasCode(error, 'ENOENT')) return;
          throw error;
        }
        const json = ladderJsonSchema.parse(JSON.parse(await readFile(new URL('ladder.json', dir), 'utf8')));
        const recorded = parseRecord(record);
        const missing = missingUrls(recorded, liveUrlsOf(json));
        if (missing.length === 0) return;
        const error = new Error(formatMissingUrls(missing, recordPath.split(path.sep).join('/'), recorded));
        error.stack = '';
        throw error;
      },
    },
  };
}
