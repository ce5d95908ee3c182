import { z } from 'astro/zod';

/**
 * The site's own settings as the pages use them: the site file (`content/_site.yml`, see
 * `siteSchema` in schema.ts) with its defaults applied, the introduction rendered, and what the
 * images need. Loaded by the `site` content collection (src/node/site-loader.ts).
 */
export const siteSettingsSchema = z.object({
  name: z.string(),
  /** BCP 47 tag for `<html lang>`. */
  lang: z.string(),
  heading: z.string(),
  /** The introduction as sanitised HTML. */
  introHtml: z.string(),
  /** The introduction's first paragraph as plain text: the home page's description. */
  description: z.string(),
  /** Path in `public/` (no leading slash), with the image's size when it could be read. */
  logo: z.object({ src: z.string(), width: z.number().optional(), height: z.number().optional() }).optional(),
  /** Path in `public/` (no leading slash) and its media type. */
  favicon: z.object({ src: z.string(), type: z.string() }),
  organisation: z.string().optional(),
});

export type SiteSettings = z.output<typeof siteSettingsSchema>;

/**
 * The site's name as page titles end with it: the name, then the organisation, unless the name
 * already says it (`Acme Career Ladder` with `Acme`).
 * @example siteTitle({ name: 'Career Ladder', organisation: 'Acme' }) // 'Career Ladder · Acme'
 * @example siteTitle({ name: 'Acme Career Ladder', organisation: 'Acme' }) // 'Acme Career Ladder'
 */
export function siteTitle({ name, organisation }: Pick<SiteSettings, 'name' | 'organisation'>): string {
  if (!organisation || name.toLocaleLowerCase().includes(organisation.toLocaleLowerCase())) return name;
  return `${name} · ${organisation}`;
}

/**
 * A page's whole title: the page's own, then the site's. The home page (titled with the site's
 * name) is the site's title alone.
 * @example pageTitle('Senior Engineer · Web Operations', { name: 'Career Ladder', organisation: 'Acme' }) // 'Senior Engineer · Web Operations · Career Ladder · Acme'
 */
export function pageTitle(title: string, site: Pick<SiteSettings, 'name' | 'organisation'>): string {
  const ending = siteTitle(site);
  return title === site.name || title === ending ? ending : `${title} · ${ending}`;
}

/**
 * The media type of an icon, by its extension (`<link rel="icon" type>`).
 * @example iconType('favicon.svg') // 'image/svg+xml'
 */
export function iconType(path: string): string {
  const extension = path.split('.').at(-1)!.toLowerCase();
  return extension === 'svg' ? 'image/svg+xml' : extension === 'ico' ? 'image/x-icon' : `image/${extension}`;
}
