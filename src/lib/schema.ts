import { z } from 'astro/zod';
import { ACCENTS } from './track-accent.ts';

/** One old address of a level: lower-case names with dashes, like the site's URLs. */
function aliasSchema() {
  return z
    .string()
    .trim()
    .regex(/^\/?[a-z0-9][a-z0-9-]*(\/[a-z0-9][a-z0-9-]*)*\/?$/, 'must be an old address in lower case, e.g. `mid-level` or `ops/senior`');
}

/**
 * Frontmatter of one level file (`content/<track>/<level>.md` or `.mdx`).
 * This is the content authors' reference: every field says what it means and its default.
 */
export const levelSchema = z.strictObject({
  /** The level's name as people say it, e.g. "Senior Engineer". Required. */
  title: z.string().trim().min(1, 'is empty'),
  /**
   * Position in its track: 1 is the entry level, each step up adds one.
   * Unique within a track. Required.
   */
  rank: z.int('must be a whole number, e.g. 3').min(1, 'must be 1 or more (1 is the entry level)'),
  /**
   * The level or levels this one advances to, by file name: `senior` for a level of the
   * same track, `management/manager` (track folder/file name) for one in another track.
   * One id or a list. Default: none (the top of a track).
   */
  next: z
    .union([z.string().trim().min(1, 'is empty'), z.array(z.string().trim().min(1, 'has an empty item'))])
    .optional()
    .transform((value) => (value === undefined ? [] : Array.isArray(value) ? value : [value])),
  /** One sentence for overviews, link previews and search. Default: the body's first sentence. */
  summary: z.string().trim().min(1, 'is empty').optional(),
  /**
   * `true` for a level that the ladder names but has not written yet ("to be defined").
   * Its body stays empty; the site lists it without a page. Default: `false`.
   */
  tbd: z.boolean('must be true or false').default(false),
  /**
   * The level's old addresses, after a rename or a move to another track: each one becomes a
   * page that sends readers on to this level, so links in old reviews keep working. A file name
   * (`mid-level`) for an old name in the same track, `track/file-name` (`ops/senior`) for an old
   * place in another track. One or a list. Default: none.
   */
  aliases: z
    .union([aliasSchema(), z.array(aliasSchema())])
    .optional()
    .transform((value) => (value === undefined ? [] : Array.isArray(value) ? value : [value])),
});

/** Frontmatter after validation and defaults. */
export type LevelData = z.output<typeof levelSchema>;

/** A track's `_track.yml`, in the track's folder. */
export const trackSchema = z.strictObject({
  /** The track's name, e.g. "Web Operations". Required. */
  title: z.string().trim().min(1, 'is empty'),
  /** One or two sentences on who this track is for. Required. */
  description: z.string().trim().min(1, 'is empty'),
  /** Where the track comes in lists of tracks, lowest first. Default: 100; ties sort by title. */
  order: z.int('must be a whole number').default(100),
  /**
   * The track's colour: one of blue, teal, violet, rose, green, magenta (each readable in the
   * light and dark themes). Default: the palette's colours in the order of the tracks.
   */
  accent: z.enum(ACCENTS, `must be one of ${ACCENTS.join(', ')}`).optional(),
});

/** How to fix each field when it is missing or wrong: the second half of every error message. */
export const fieldHelp: Record<string, string> = {
  title: 'Give the level its name, e.g. `title: Senior Engineer`.',
  rank: 'Set its position in the track, e.g. `rank: 3` (1 is the entry level; each rank once per track).',
  next: 'List the level(s) it advances to by file name, e.g. `next: principal` or `next: [lead, management/manager]`; leave it out at the top of a track.',
  summary: 'Write one sentence, or leave `summary` out to use the first sentence of the text.',
  tbd: 'Write `tbd: true` for a level that is still to be defined, or leave it out.',
  description: 'Describe the track in a sentence, e.g. `description: Engineers who run our infrastructure.`',
  order: 'Use a whole number, e.g. `order: 1`, or leave it out.',
  aliases: 'List the level\'s old addresses by file name, e.g. `aliases: mid-level` or `aliases: [mid-level, ops/senior]`.',
  accent: `Name one of the palette's colours (${ACCENTS.join(', ')}), e.g. \`accent: teal\`, or leave it out.`,
};

/** Image files a browser shows as a logo, by extension. */
export const LOGO_EXTENSIONS = ['svg', 'png', 'webp', 'avif', 'gif', 'jpg', 'jpeg'] as const;

/** Icon files browsers take as a favicon, by extension. */
export const FAVICON_EXTENSIONS = ['svg', 'png', 'ico'] as const;

/**
 * The path of a file in `public/`, as written in `_site.yml` (`logo.svg`, `images/logo.png`; a
 * leading `/` is allowed and dropped). Whether the file exists is checked with the folder's
 * files (see `siteImagesExist` in src/lib/content/rules.ts).
 */
function publicFileSchema(extensions: readonly string[], example: string) {
  return z
    .string('must be the path of a file in public/')
    .trim()
    .min(1, 'is empty')
    .transform((value) => value.replace(/^\/+/, ''))
    .refine(
      (value) => !/^[a-z][a-z0-9+.-]*:/i.test(value) && !value.includes('\\') && value.split('/').every((part) => part !== '' && part !== '.' && part !== '..'),
      `must be the path of a file in public/, relative to that folder, e.g. \`${example}\``,
    )
    .refine((value) => extensions.includes(value.split('.').at(-1)!.toLowerCase()), `must be a ${extensions.map((ext) => `.${ext}`).join(', ')} file`);
}

/**
 * Whether a text is a BCP 47 language tag with a 2- or 3-letter language (`en`, `en-GB`, `fr`,
 * `pt-BR`, `zh-Hant`): what `<html lang>` takes.
 * @example isLanguageTag('en-GB') // true
 * @example isLanguageTag('English') // false
 */
export function isLanguageTag(value: string): boolean {
  if (!/^[a-z]{2,3}(-|$)/i.test(value)) return false;
  try {
    return Intl.getCanonicalLocales(value).length === 1;
  } catch {
    return false;
  }
}

/** The texts of a site without `_site.yml`: what the sample ladder has always shown. */
export const SITE_DEFAULTS = {
  name: 'Career Ladder',
  lang: 'en',
  heading: 'Career ladder',
  intro: 'What each level expects, and where it leads. Find your level, read the next one, and link any level in a review.',
  favicon: 'favicon.svg',
} as const;

/**
 * The site file `content/_site.yml`: the name, language and home page of the site, its images and
 * the organisation it belongs to. The file and each of its fields are optional: without them the
 * site shows the defaults below.
 */
export const siteSchema = z.strictObject({
  /** The site's name: in the header, at the end of every page title and in link previews. Default: "Career Ladder". */
  name: z.string().trim().min(1, 'is empty').default(SITE_DEFAULTS.name),
  /**
   * The ladder's language, as a BCP 47 tag: `en`, `en-GB`, `fr`, `de-CH`, `pt-BR`. It is the
   * `<html lang>` of every page, which screen readers read by and search uses to choose its word
   * stemming. Default: `en`.
   */
  lang: z
    .string('must be a language tag, e.g. en, en-GB or fr')
    .trim()
    .refine(isLanguageTag, 'must be a BCP 47 language tag, e.g. en, en-GB, fr or pt-BR')
    .transform((value) => Intl.getCanonicalLocales(value)[0]!)
    .default(SITE_DEFAULTS.lang),
  /** The home page's heading. Default: "Career ladder". */
  heading: z.string().trim().min(1, 'is empty').default(SITE_DEFAULTS.heading),
  /**
   * The home page's introduction under the heading, in Markdown (paragraphs, links, emphasis,
   * lists), sanitised like a level's text. Its first paragraph is also the home page's
   * description for search engines and link previews. Default: "What each level expects, and
   * where it leads. …".
   */
  intro: z.string().trim().min(1, 'is empty').default(SITE_DEFAULTS.intro),
  /**
   * An image shown before the site name in the header, 28 pixels high: the path of a file in
   * `public/` (`logo.svg` for `public/logo.svg`), in .svg, .png, .webp, .avif, .gif or .jpg.
   * Default: the ladder mark, drawn in the first track's colour.
   */
  logo: publicFileSchema(LOGO_EXTENSIONS, 'logo.svg').optional(),
  /** The browser tab's icon: the path of a .svg, .png or .ico file in `public/`. Default: `favicon.svg`. */
  favicon: publicFileSchema(FAVICON_EXTENSIONS, 'favicon.png').optional(),
  /**
   * The organisation the ladder belongs to, e.g. "Acme": in the footer, and after the site's
   * name in page titles ("Senior Engineer · Web Operations · Career Ladder · Acme") unless the
   * name already says it. Default: none.
   */
  organisation: z.string().trim().min(1, 'is empty').optional(),
});

/** The site file after validation and defaults. */
export type SiteFileData = z.output<typeof siteSchema>;

/** How to fix each field of `_site.yml` when it is wrong: the second half of its error messages. */
export const siteFieldHelp: Record<string, string> = {
  name: 'Write the site\'s name, e.g. `name: Acme Career Ladder`, or leave it out for "Career Ladder".',
  lang: 'Write the ladder\'s language as a BCP 47 tag, e.g. `lang: en`, `lang: en-GB`, `lang: fr` or `lang: pt-BR`.',
  heading: 'Write the home page\'s heading, e.g. `heading: Our career ladder`, or leave it out.',
  intro: 'Write the home page\'s introduction in Markdown, e.g. `intro: What each level expects.`; for several lines start with `intro: |` and indent them.',
  logo: `Write the path of an image in public/, e.g. \`logo: logo.svg\` for public/logo.svg (${LOGO_EXTENSIONS.join(', ')}), or leave it out for the ladder mark.`,
  favicon: `Write the path of an icon in public/, e.g. \`favicon: favicon.png\` for public/favicon.png (${FAVICON_EXTENSIONS.join(', ')}), or leave it out.`,
  organisation: 'Write the organisation\'s name, e.g. `organisation: Acme`, or leave it out.',
};
