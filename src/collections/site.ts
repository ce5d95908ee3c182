import { getEntry } from 'astro:content';
import type { SiteSettings } from '../lib/site.ts';

/**
 * The site's settings (`<content>/_site.yml` with its defaults; see src/lib/schema.ts): its name,
 * language, home page heading and introduction, logo, favicon and organisation. Read from the
 * `site` content collection on each call (a lookup), so `astro dev` shows an edit on reload.
 */
export async function getSite(): Promise<SiteSettings> {
  const entry = await getEntry('site', 'site');
  if (!entry) throw new Error("The site's settings were not loaded: the `site` collection has no entry (see src/node/site-loader.ts).");
  return entry.data;
}
