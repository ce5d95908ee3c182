import type { Loader, LoaderContext } from 'astro/loaders';
import { imageMetadata } from 'astro/assets/utils';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { SITE_FILE } from '../lib/content/files.ts';
import type { ContentProblem } from '../lib/content/problems.ts';
import { parseSiteFile } from '../lib/content/read.ts';
import { renderIntro } from '../lib/markdown/site-intro.ts';
import { SITE_DEFAULTS, siteSchema } from '../lib/schema.ts';
import { iconType, type SiteSettings } from '../lib/site.ts';
import { hasCode } from './fs-errors.ts';

/** The one entry of the `site` collection. */
export const SITE_ENTRY_ID = 'site';

/**
 * The content loader of the `site` collection: one entry, the site's settings from
 * `<content folder>/_site.yml` (or the defaults without it), with the introduction rendered and
 * the logo's size read. The file is parsed by the content folder's one reader, so a problem in
 * it has already stopped the build (src/integrations/ladder-content.ts); in `astro dev`, where
 * that check only reports, a file with problems leaves the defaults in place. `astro dev` reloads
 * it when the file is created, changed or deleted.
 */
export function siteLoader({ contentDir }: { contentDir: string }): Loader {
  return {
    name: 'site-file',
    load: async (context) => {
      const root = fileURLToPath(context.config.root);
      const file = path.resolve(root, contentDir, SITE_FILE);
      const sync = async () => {
        const settings = await readSiteSettings(root, file, fileURLToPath(context.config.publicDir));
        await store(context, settings);
      };
      await sync();
      context.watcher?.add(file);
      for (const event of ['add', 'change', 'unlink'] as const) {
        context.watcher?.on(event, async (changed) => {
          if (path.resolve(changed) !== file) return;
          context.logger.info(`Reloading the site's settings from ${path.relative(root, file)}`);
          await sync();
        });
      }
    },
  };
}

async function store(context: LoaderContext, settings: SiteSettings): Promise<void> {
  const data = await context.parseData({ id: SITE_ENTRY_ID, data: settings as unknown as Record<string, unknown> });
  context.store.set({ id: SITE_ENTRY_ID, data, digest: context.generateDigest(data) });
}

/** The site's settings from its site file (a path that may not exist), with every default applied. */
export async function readSiteSettings(root: string, file: string, publicDir: string): Promise<SiteSettings> {
  let text: string | undefined;
  try {
    text = await readFile(file, 'utf8');
  } catch (error) {
    if (!hasCode(error, 'ENOENT')) throw error;
  }
  const problems: ContentProblem[] = [];
  const entry = text === undefined ? undefined : parseSiteFile({ path: path.relative(root, file), relativePath: SITE_FILE, text }, problems);
  const data = entry?.data ?? siteSchema.parse({});
  const { html, description } = await renderIntro(data.intro, data.heading);
  const favicon = data.favicon ?? SITE_DEFAULTS.favicon;
  return {
    name: data.name,
    lang: data.lang,
    heading: data.heading,
    introHtml: html,
    description,
    ...(data.logo ? { logo: { src: data.logo, ...(await imageSize(path.join(publicDir, data.logo))) } } : {}),
    favicon: { src: favicon, type: iconType(favicon) },
    ...(data.organisation ? { organisation: data.organisation } : {}),
  };
}

/** An image's width and height in pixels, so the header keeps its place while it loads; none when unreadable. */
async function imageSize(file: string): Promise<{ width?: number; height?: number }> {
  try {
    const { width, height } = await imageMetadata(await readFile(file), file);
    return width > 0 && height > 0 ? { width, height } : {};
  } catch {
    return {};
  }
}
