import type { LadderJson } from './ladder-json.ts';
import { COMPARE_PAIR_PATH, TRACK_PAGE_NAMES } from './urls.ts';

/** The file, inside the content folder, that lists every URL the site has ever published. */
export const RECORD_FILE = 'published-urls.txt';

/** What the built site answers to: pages, the expectations on each level, and old addresses. */
export interface LiveUrls {
  /** Paths of every page under the base path, e.g. `/web-operations/senior/`. */
  pages: ReadonlySet<string>;
  /** Ids of each level page's expectations (paragraphs, bullets, headings), by its path. */
  fragments: ReadonlyMap<string, ReadonlySet<string>>;
  /** Old addresses (redirect pages) to the path of the level they lead to. */
  aliases: ReadonlyMap<string, string>;
}

/** A recorded URL that the site no longer answers to, and why. */
export interface MissingUrl {
  url: string;
  reason: string;
  fix: string;
}

/**
 * The path of an absolute URL of the site, relative to its home page, with a leading slash.
 * @example sitePath('https://x.org/ladder/ops/senior/#a', 'https://x.org/ladder/') // '/ops/senior/#a'
 */
export function sitePath(url: string, home: string): string {
  return url.startsWith(home) ? `/${url.slice(home.length)}` : url;
}

/** The URLs a built site answers to, from its ladder.json. */
export function liveUrlsOf(json: LadderJson): LiveUrls {
  const path = (url: string) => sitePath(url, json.site);
  const levels = json.tracks.flatMap((track) => track.levels).filter((level) => level.url !== null);
  return {
    pages: new Set(json.urls.map(path)),
    fragments: new Map(levels.map((level) => [path(level.url!), new Set(level.expectations.map((expectation) => expectation.id))])),
    aliases: new Map(levels.flatMap((level) => level.aliases.map((alias) => [path(alias), path(level.url!)] as const))),
  };
}

/**
 * Every URL worth recording for a built site: each page and each expectation (paragraph, bullet,
 * heading) of each level. The
 * static pages of one pair (`/track/compare/junior...senior/`) are left out: they follow the
 * ladder's structure, and the track's compare page shows any pair through `?a=&b=`.
 * @example recordLinesOf(json) // ['/', '/web-operations/', '/web-operations/junior/', '/web-operations/junior/#you-have-…', …]
 */
export function recordLinesOf(json: LadderJson): string[] {
  const levelUrls = json.tracks.flatMap((track) => track.levels.flatMap((level) => level.expectations.map((expectation) => expectation.url)));
  return [...json.urls, ...levelUrls].map((url) => sitePath(url, json.site)).filter((path) => !COMPARE_PAIR_PATH.test(path));
}

/**
 * The URLs of a record file: one per line; blank lines and lines starting with `#` are skipped.
 * @example parseRecord('# comment\n/ops/senior/\n\n/ops/senior/#a\n') // ['/ops/senior/', '/ops/senior/#a']
 */
export function parseRecord(text: string): string[] {
  return text
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter((line) => line !== '' && !line.startsWith('#'));
}

/**
 * The record with the built site's URLs added: recorded lines are never dropped, so a URL
 * stays protected once published. Sorted, one per line, under an explaining header.
 */
export function updatedRecord(recorded: string[], current: string[]): string {
  const lines = [...new Set([...recorded, ...current])].sort();
  return `${RECORD_HEADER}${lines.join('\n')}\n`;
}

const RECORD_HEADER = `# Every URL of the ladder that has been published, one per line (paths under the site's base path).
# The build fails if one of them would stop working. Add new ones with \`npm run urls:publish\`;
# delete a line only to retire a URL on purpose. See "Links that never break" in the README.
`;

/**
 * The recorded URLs that the built site no longer answers to, each with what to do. A URL on an
 * old address (alias) counts as kept, and so does its #paragraph if the level still has it.
 */
export function missingUrls(recorded: string[], live: LiveUrls): MissingUrl[] {
  const missing: MissingUrl[] = [];
  for (const url of recorded) {
    const [path = '', fragment] = url.split('#', 2) as [string, string | undefined];
    const page = live.aliases.get(path) ?? path;
    if (!live.pages.has(page)) {
      missing.push({
        url,
        reason: 'no page has this address any more.',
        fix: isLevelPath(path)
          ? `If the level was renamed or moved, add its old address to the level's \`aliases\`, e.g. \`aliases: ${path.split('/')[2]}\` (same track) or \`aliases: ${path.slice(1, -1)}\`.`
          : 'Restore the page, or point an alias at the page that replaces it.',
      });
    } else if (fragment !== undefined && !live.fragments.get(page)?.has(fragment)) {
      missing.push({
        url,
        reason: `the page ${page} has no paragraph, bullet or heading with the id "${fragment}" any more.`,
        fix: `End the paragraph, bullet or heading that replaced it with {#${fragment}} to keep its old id.`,
      });
    }
  }
  return missing;
}

/** A level's page (`/track/level/`), not one of the track's own pages (`/track/all/`, …). */
function isLevelPath(path: string): boolean {
  const match = /^\/[^/]+\/([^/]+)\/$/.exec(path);
  return match !== null && !(TRACK_PAGE_NAMES as readonly string[]).includes(match[1]!);
}

/**
 * Whether the missing URLs look like another ladder's record rather than this ladder's breakage:
 * the record lists level pages and none of them is left (or, on a record of four or more, at most
 * one in five), as when `content/` was replaced with a new ladder and the sample's record stayed.
 * @example looksLikeAnotherLadder(['/ops/junior/', '/ops/senior/'], [{ url: '/ops/junior/' }, { url: '/ops/senior/' }]) // true
 */
export function looksLikeAnotherLadder(recorded: readonly string[], missing: readonly Pick<MissingUrl, 'url'>[]): boolean {
  const levelPages = new Set(recorded.filter(isLevelPath));
  if (levelPages.size === 0) return false;
  const gone = missing.filter((entry) => levelPages.has(entry.url)).length;
  return gone === levelPages.size || (levelPages.size >= 4 && gone >= levelPages.size * 0.8);
}

/**
 * The build's message for missing URLs: every URL, why it is gone and how to fix it. Given the
 * record's URLs, a record whose level pages are (nearly) all gone is said to look like another
 * ladder's, with how to start a fresh record.
 */
export function formatMissingUrls(missing: MissingUrl[], recordPath: string, recorded: readonly string[] = []): string {
  const count = missing.length === 1 ? '1 published URL' : `${missing.length} published URLs`;
  const blocks = missing.map((entry) => `${entry.url}\n  ${entry.reason}\n  How to fix: ${entry.fix}`);
  const fresh = looksLikeAnotherLadder(recorded, missing)
    ? `This looks like a new ladder: ${recordPath} records another ladder's addresses, and none (or almost none) of its level pages is in this one.\n` +
      `If you have put your own ladder in place of the sample (or of another one), start a fresh record: delete ${recordPath}; once your site is live, run \`npm run urls:publish\` and commit the record it writes.\n` +
      `If it is the same ladder reorganised, keep the record and give each moved level its old address in \`aliases\`, as listed below.\n\n`
    : '';
  return (
    `${count} of ${recordPath} would stop working: links in reviews and promotion cases would break.\n\n${fresh}${blocks.join('\n\n')}\n\n` +
    `If a URL was retired on purpose, delete its line from ${recordPath}.\n` +
    (fresh ? `If this is a new ladder, start a fresh record: delete ${recordPath}, then run \`npm run urls:publish\` once the site is live.\n` : '')
  );
}
