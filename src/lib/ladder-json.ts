import { z } from 'astro/zod';
import { levelSlug } from './ids.ts';
import { route } from './urls.ts';
import type { Ladder, Level } from './ladder.ts';
import type { Expectation } from './level-blocks.ts';

/** Bumped whenever a field of ladder.json changes meaning or goes away (new fields do not bump it). */
export const LADDER_JSON_VERSION = 1;

const paragraphSchema = z.strictObject({
  id: z.string().min(1),
  /** Absolute URL of the paragraph: the level's URL and `#id`. */
  url: z.url(),
  text: z.string().min(1),
});

const expectationSchema = z.strictObject({
  id: z.string().min(1),
  /** `paragraph`, `item` (a bullet or numbered item) or `heading` (a section of the level). */
  kind: z.enum(['paragraph', 'item', 'heading']),
  /** The heading it sits under, e.g. `Ownership`; left out before the first heading and for headings. */
  section: z.string().optional(),
  /** Absolute URL of the expectation: the level's URL and `#id`. */
  url: z.url(),
  text: z.string(),
});

const levelSchema = z.strictObject({
  /** `track/file-name`, e.g. `web-operations/senior`. */
  id: z.string().regex(/^[a-z0-9-]+\/[a-z0-9-]+$/),
  /** The file name alone, e.g. `senior`: what `?a=` and `?b=` of the compare page take. */
  slug: z.string().min(1),
  title: z.string().min(1),
  rank: z.int().min(1),
  summary: z.string(),
  /** `true` for a level that is named but not written yet: it has no page (url is null). */
  tbd: z.boolean(),
  url: z.url().nullable(),
  /** Ids of the levels this one advances to, and of those that advance to it. */
  next: z.array(z.string()),
  previous: z.array(z.string()),
  /** Absolute URLs of the level's old addresses, each a page that redirects here. */
  aliases: z.array(z.url()),
  /** The level's paragraphs (kept for tools written against the first format). */
  paragraphs: z.array(paragraphSchema),
  /** Every linkable part of the level's text in reading order: paragraphs, bullets and section headings. */
  expectations: z.array(expectationSchema),
});

/** The shape of `/ladder.json`, documented in the README; tests validate the built file against it. */
export const ladderJsonSchema = z.strictObject({
  schemaVersion: z.literal(LADDER_JSON_VERSION),
  /** The site's home page, absolute. */
  site: z.url(),
  /** When the site was built, ISO 8601. */
  built: z.iso.datetime(),
  tracks: z.array(
    z.strictObject({
      id: z.string().min(1),
      title: z.string().min(1),
      description: z.string(),
      url: z.url(),
      /** Levels in rank order, lowest first. */
      levels: z.array(levelSchema),
    }),
  ),
  /** Every public page of the site, absolute: what the published-URL record is checked against. */
  urls: z.array(z.url()),
});

export type LadderJson = z.infer<typeof ladderJsonSchema>;
export type LadderJsonLevel = z.infer<typeof levelSchema>;

/** What ladderJson needs besides the ladder: the site's address and each level's expectations. */
export interface LadderJsonInput {
  ladder: Ladder;
  /** Absolute URL of the home page, with the base path and a trailing slash. */
  home: string;
  /** Expectations (paragraphs, bullets, headings) of each level that has a page, by level id. */
  expectations: ReadonlyMap<string, Expectation[]>;
  /** Other public pages, as paths under the base path, e.g. `/web-operations/all/`. */
  pages: string[];
  built: Date;
}

/**
 * The machine-readable ladder for HR tools and spreadsheets: every track and level with its
 * address, place in the ladder, old addresses and expectations, plus every public URL.
 */
export function ladderJson({ ladder, home, expectations, pages, built }: LadderJsonInput): LadderJson {
  // Paths are relative to the base path: resolved against the home URL without their leading slash.
  const url = (path: string) => new URL(path.replace(/^\/+/, ''), home).href;
  const levelUrl = (id: string) => url(route.level(id));
  const toJson = (level: Level): LadderJsonLevel => ({
    id: level.id,
    slug: levelSlug(level.id),
    title: level.title,
    rank: level.rank,
    summary: level.summary,
    tbd: level.tbd,
    url: level.tbd ? null : levelUrl(level.id),
    next: level.next,
    previous: (ladder.previous.get(level.id) ?? []).map((below) => below.id),
    aliases: level.aliases.map(levelUrl),
    paragraphs: (expectations.get(level.id) ?? [])
      .filter((expectation) => expectation.kind === 'paragraph' && expectation.text !== '')
      .map(({ id, text }) => ({ id, url: `${levelUrl(level.id)}#${id}`, text })),
    expectations: (expectations.get(level.id) ?? []).map((expectation) => ({ ...expectation, url: `${levelUrl(level.id)}#${expectation.id}` })),
  });
  const levelPages = ladder.tracks.flatMap((track) => track.levels.filter((level) => !level.tbd).map((level) => route.level(level.id)));
  return {
    schemaVersion: LADDER_JSON_VERSION,
    site: home,
    built: built.toISOString(),
    tracks: ladder.tracks.map((track) => ({
      id: track.id,
      title: track.title,
      description: track.description,
      url: url(route.track(track.id)),
      levels: track.levels.map(toJson),
    })),
    urls: [route.home(), ...ladder.tracks.map((track) => route.track(track.id)), ...levelPages, ...pages].map(url),
  };
}
