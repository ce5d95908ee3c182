import type { AstroIntegration } from 'astro';
import { existsSync, lstatSync, mkdirSync, readdirSync, renameSync, rmdirSync, rmSync, statSync, unlinkSync, writeFileSync } from 'node:fs';
import { rename, rm } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { readSiteConfig, SettingError, siteConfig, type SiteConfig } from '../lib/site-config.ts';

/** A message Astro (or an integration, or a content loader) logged at the error level. */
interface LoggedError {
  label: string | null;
  message: string;
}

/** Astro's content cache in its cacheDir: every collection entry, rendered, with its digest. */
const DATA_STORE_FILE = 'data-store.json';

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
 * a non-zero exit and no site. Two integrations: `start` must be the first of the config's
 * integrations and `finish` the last, so that the previous output is gone before any other
 * integration can fail, and the new one appears only after every other `astro:build:done` ran.
 *
 * - The previous output is gone when a build starts, and the site is written to a staging folder
 *   that is moved into place only once everything, this check included, has succeeded. So a
 *   failed or interrupted build leaves no output folder to deploy by mistake. The previous output
 *   *becomes* the staging folder: the build writes its files over the old ones, and removes those
 *   it did not write before the site is moved into place (see reuseOutput).
 * - Astro itself only logs some errors and carries on (a Markdown entry whose rendering threw is
 *   published empty, and `npm run build` exits 0): every message logged at the error level is
 *   collected, and the build fails listing them all.
 * - A failed build deletes Astro's content cache (its data store), so the next build renders every
 *   level again and reports the same problems: a cached entry never hides a failure.
 * - Settings are read through `settings()`: one that cannot be used (e.g. `SITE_URL`) fails the
 *   build naming it, once the previous output is gone, like any other error.
 */
export function buildGuard(): { start: AstroIntegration; finish: AstroIntegration; settings: () => SiteConfig } {
  const logged: LoggedError[] = [];
  let settingError: SettingError | undefined;
  let finalDir = '';
  let staging = '';
  let writtenSince = 0;
  let promoted = false;

  const start: AstroIntegration = {
    name: 'build-guard',
    hooks: {
      'astro:config:setup': ({ command, config, updateConfig, logger }) => {
        if (command !== 'build') {
          if (settingError) throw settingError;
          return;
        }
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
        const dataStore = fileURLToPath(new URL(DATA_STORE_FILE, config.cacheDir));
        writtenSince = reuseOutput(finalDir, staging);
        // Astro resolved these folders from outDir already: move them along, as URLs. Astro must
        // not empty the staging folder: its old files are overwritten, or removed at the end.
        const stagingUrl = pathToFileURL(staging + path.sep);
        const inStaging = (folder: URL) => new URL(path.relative(finalDir, fileURLToPath(folder)).split(path.sep).join('/') + '/', stagingUrl);
        updateConfig({
          outDir: stagingUrl,
          build: { client: inStaging(config.build.client), server: inStaging(config.build.server) },
          vite: { build: { emptyOutDir: false } },
        } as never);
        // A build that stops on an error leaves nothing half-written behind, and no cached
        // entry that would let the next build skip what failed.
        process.once('exit', () => {
          if (promoted) return;
          rmSync(staging, { recursive: true, force: true });
          rmSync(dataStore, { force: true });
        });
        if (settingError) throw settingError;
      },
    },
  };

  const finish: AstroIntegration = {
    name: 'build-guard',
    hooks: {
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
        removeOlderFiles(staging, writtenSince);
        if (existsSync(finalDir)) await rm(finalDir, { recursive: true, force: true });
        await rename(staging, finalDir);
        promoted = true;
        logger.info(`Site written to ${path.relative(process.cwd(), finalDir) || '.'}/`);
      },
    },
  };

  /** This build's settings; defaults stand in for one that cannot be used until `start` fails the build. */
  const settings = (): SiteConfig => {
    try {
      return siteConfig();
    } catch (error) {
      if (!(error instanceof SettingError)) throw error;
      settingError = error;
      return readSiteConfig({});
    }
  };

  return { start, finish, settings };
}

/** The file that marks when a build started writing into its staging folder. */
const STARTED_MARKER = '.build-started';

/**
 * Makes the previous output (or what a build that was killed left in the staging folder) the
 * staging folder, and returns the time, on the filesystem's own clock, from which a file in it
 * counts as written by this build. Writing over the old files instead of deleting them first
 * spares a rebuild the deletion (a second for a 2,000-level ladder), and on a filesystem without
 * a journal far more: ext4 then skips every recently freed inode when it makes a new file, so a
 * build that made 17,000 files right after deleting as many took up to twice as long.
 */
function reuseOutput(finalDir: string, staging: string): number {
  if (existsSync(finalDir)) {
    rmSync(staging, { recursive: true, force: true });
    renameSync(finalDir, staging);
  }
  mkdirSync(staging, { recursive: true });
  const marker = path.join(staging, STARTED_MARKER);
  writeFileSync(marker, '');
  return statSync(marker).mtimeMs;
}

/**
 * Removes every file of `folder` last written before `since` (left from the previous output:
 * a level since deleted, an asset whose hashed name changed), the folders that leaves empty, and
 * the start marker: the folder then holds exactly what this build wrote.
 */
function removeOlderFiles(folder: string, since: number): void {
  const folders: string[] = [];
  for (const entry of readdirSync(folder, { recursive: true, withFileTypes: true })) {
    const file = path.join(entry.parentPath, entry.name);
    if (entry.isDirectory()) folders.push(file);
    else if (lstatSync(file).mtimeMs < since) unlinkSync(file);
  }
  rmSync(path.join(folder, STARTED_MARKER), { force: true });
  // Deepest first, so a folder whose sub-folders all go is empty by the time it is looked at.
  for (const each of folders.sort((a, b) => b.length - a.length)) {
    if (readdirSync(each).length === 0) rmdirSync(each);
  }
}
