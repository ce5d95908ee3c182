import type { AstroIntegration } from 'astro';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { checkContent, formatProblems } from '../lib/content/check.ts';
import { MISSING_SITE_URL_WARNING, siteUrlIsSet } from '../lib/site-config.ts';
import { joinBase, route } from '../lib/urls.ts';
import { readContentFolder } from '../node/read-content-folder.ts';
import { readPublicFiles } from '../node/public-files.ts';

/** The content check as an integration, and what it learnt that the rest of the config needs. */
export interface LadderContent {
  integration: AstroIntegration;
  /**
   * Paths (with base) of the redirect pages written for levels' old addresses: known once the
   * config is set up, so the sitemap can leave them out.
   */
  redirectPages: ReadonlySet<string>;
}

/**
 * Checks the ladder's content before Astro builds anything, so an author's mistake stops
 * the build with every problem listed (file, field, what is wrong, how to fix it) and no
 * half-built site. In `astro dev` it checks again whenever a content file changes.
 * The folder is read once per check, by the same reader the unit tests use; the site file's
 * images are looked for in `public/`. A production build without `SITE_URL` warns, once.
 */
export function ladderContent({ contentDir }: { contentDir: string }): LadderContent {
  let root = process.cwd();
  let publicDir = path.join(root, 'public');
  const redirectPages = new Set<string>();
  const check = async () => checkContent(await readContentFolder(root, contentDir), { publicFiles: await readPublicFiles(publicDir) });

  const integration: AstroIntegration = {
    name: 'ladder-content',
    hooks: {
      'astro:config:setup': async ({ config, command, logger }) => {
        root = fileURLToPath(config.root);
        publicDir = fileURLToPath(config.publicDir);
        if (command === 'build' && !siteUrlIsSet()) logger.warn(MISSING_SITE_URL_WARNING);
        const { problems, levels } = await check();
        for (const alias of levels.flatMap((level) => level.aliases)) redirectPages.add(joinBase(config.base, route.level(alias)));
        if (problems.length === 0) return;
        if (command === 'dev') return console.error(formatProblems(problems, 'pages may be wrong until they are fixed'));
        const error = new Error(formatProblems(problems));
        // The message says where to look; a stack trace into this integration would only distract.
        error.stack = '';
        throw error;
      },
      'astro:server:setup': ({ server, logger }) => {
        server.watcher.on('all', async (_event, file) => {
          if (!/\.(md|mdx|ya?ml)$/i.test(file)) return;
          const { problems } = await check();
          if (problems.length > 0) logger.error(formatProblems(problems, 'pages may be wrong until they are fixed'));
        });
      },
    },
  };
  return { integration, redirectPages };
}
