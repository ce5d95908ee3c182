import type { AstroIntegration } from 'astro';
import { existsSync, rmSync } from 'node:fs';
import { rename, rm } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

/** A message Astro (or an integration, or a content loader) logged at the error level. */
interface LoggedError {
  label: string | null;
  message: string;
}

/** The part of Astro's logger options this integration taps: where every log line goes. */
interface LogDestination {
  write(event: { level: string; label: string | null; message: string }): unknown;
}

/**
 * The folder a build writes into until it has succeeded, beside the output folder:
 * `dist/` → `.dist.building/`. Nothing in it is ever served.
 * @example stagingFolder('/site/dist') // '/site/.dist.building'
 */
export function stagingFolder(outDir: string): string {
  return path.join(path.dirname(outDir), `.${path.basename(outDir)}.building`);
}

/**
 * The build's one rule, enforced in one place: **any** error anywhere in a build (the content
 * check, a level that fails to render, an integration, the published-URL record, Pagefind) means
 * a non-zero exit and no site. Must be the last integration, so its `astro:build:done` runs after
 * every other one.
 *
 * - The site is written to a staging folder and moved into place only once everything, this
 *   check included, has succeeded; the previous output is removed when a build starts. So a failed
 *   or interrupted build leaves no output folder to deploy by mistake.
 * - Astro itself only logs some errors and carries on (a Markdown entry whose rendering threw is
 *   published empty, and `npm run build` exits 0): every message logged at the error level is
 *   collected, and the build fails listing them all.
 */
export function buildGuard(): AstroIntegration {
  const logged: LoggedError[] = [];
  let finalDir = '';
  let staging = '';
  let promoted = false;

  return {
    name: 'build-guard',
    hooks: {
      'astro:config:setup': ({ command, config, updateConfig, logger }) => {
        if (command !== 'build') return;
        const options = (logger as unknown as { options: { destination: LogDestination } }).options;
        const destination = options.destination;
        options.destination = {
          ...destination,
          write(event) {
            if (event.level === 'error') logged.push({ label: event.label, message: event.message });
            return destination.write(event);
          },
        } as LogDestination;

        finalDir = path.resolve(fileURLToPath(config.outDir));
        staging = stagingFolder(finalDir);
        rmSync(finalDir, { recursive: true, force: true });
        rmSync(staging, { recursive: true, force: true });
        // Astro resolved these folders from outDir already: move them along, as URLs.
        const stagingUrl = pathToFileURL(staging + path.sep);
        const inStaging = (folder: URL) => new URL(path.relative(finalDir, fileURLToPath(folder)).split(path.sep).join('/') + '/', stagingUrl);
        updateConfig({ outDir: stagingUrl, build: { client: inStaging(config.build.client), server: inStaging(config.build.server) } } as never);
        // A build that stops on an error (or Ctrl-C) leaves nothing half-written behind.
        process.once('exit', () => {
          if (!promoted) rmSync(staging, { recursive: true, force: true });
        });
      },
      'astro:build:done': async ({ logger }) => {
        if (logged.length > 0) {
          const count = logged.length === 1 ? '1 error' : `${logged.length} errors`;
          const list = logged.map(({ label, message }) => `${label ? `[${label}] ` : ''}${message.trim()}`).join('\n\n');
          const error = new Error(
            `The build logged ${count}, so the site was not published:\n\n${list}\n\n` +
              'Fix each one and build again; nothing was written to the output folder.',
          );
          error.stack = '';
          throw error;
        }
        if (existsSync(finalDir)) await rm(finalDir, { recursive: true, force: true });
        await rename(staging, finalDir);
        promoted = true;
        logger.info(`Site written to ${path.relative(process.cwd(), finalDir) || '.'}/`);
      },
    },
  };
}
