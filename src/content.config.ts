import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { levelIdFromPath, trackIdFromPath } from './lib/ids.ts';
import { levelSchema, trackSchema } from './lib/schema.ts';
import { siteConfig } from './lib/site-config.ts';
import { siteSettingsSchema } from './lib/site.ts';
import { siteLoader } from './node/site-loader.ts';

// The folder holding the ladder: `content/` unless LADDER_CONTENT_DIR names another.
const { contentDir } = siteConfig();

/**
 * One entry per level: `<content>/<track>/<level>.md` (or `.mdx`). The frontmatter fields
 * are documented in `src/lib/schema.ts` and the README.
 */
const levels = defineCollection({
  loader: glob({
    base: contentDir,
    // Every Markdown file of a track folder. Not `[!_]*`: the dev server's watcher matches changed
    // files with picomatch, which reads `[!_]` differently, so edits were never reloaded. Names
    // starting with `_` are refused by the content check anyway.
    pattern: '*/*.{md,mdx}',
    generateId: ({ entry }) => levelIdFromPath(entry),
  }),
  schema: levelSchema,
});

/** One entry per track: `<content>/<track>/_track.yml` with its title and description. */
const tracks = defineCollection({
  loader: glob({
    base: contentDir,
    pattern: '*/_track.{yml,yaml}',
    generateId: ({ entry }) => trackIdFromPath(entry),
  }),
  schema: trackSchema,
});

/**
 * One entry, the site's settings: `<content>/_site.yml` (name, language, home page, images,
 * organisation) with its defaults, the introduction rendered. Pages read it through
 * src/collections/site.ts.
 */
const site = defineCollection({
  loader: siteLoader({ contentDir }),
  schema: siteSettingsSchema,
});

export const collections = { levels, tracks, site };
