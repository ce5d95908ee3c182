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
