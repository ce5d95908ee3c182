import type { AstroIntegration } from 'astro';
import { fileURLToPath } from 'node:url';
import { checkContent, formatProblems } from '../lib/check-content.ts';
import { readContentFolder } from './read-content.ts';

/**
 * Checks the ladder's content before Astro builds anything, so an author's mistake stops
 * the build with every problem listed (file, field, what is wrong, how to fix it) and no
 * half-built site. In `astro dev` it checks again whenever a content file changes.
 */
export function ladderContent({ contentDir }: { contentDir: string }): AstroIntegration {
  let root = process.cwd();
  const check = async () => checkContent(await readContentFolder(root, contentDir)).problems;

  return {
    name: 'ladder-content',
    hooks: {
      'astro:config:setup': async ({ config, command }) => {
        root = fileURLToPath(config.root);
        const problems = await check();
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
          const problems = await check();
          if (problems.length > 0) logger.error(formatProblems(problems, 'pages may be wrong until they are fixed'));
        });
      },
    },
  };
}
