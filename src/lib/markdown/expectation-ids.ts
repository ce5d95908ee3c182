/**
 * Ids for every expectation of a level (paragraph, list item, heading), generated so they never
 * clash and stay put when text elsewhere changes. The rule, also in the README:
 *
 * - An author's `{#id}` at the end of a paragraph, bullet or heading wins.
 * - A heading's id is its text as a slug (`## Ownership` → `ownership`); if another heading of the
 *   level already has it, the parent section's id goes in front (`delivery-examples`).
 * - A paragraph's or bullet's id is its first six words as a slug, after the id of the section it
 *   sits in (`ownership-you-own-the-services-your-team`); text before any heading has no prefix.
 * - Only when two blocks of one section still coincide does the later one get `-2`, `-3`, ….
 * - Slugs keep letters of every script (`вы-отвечаете`), so no text ends up as an empty id.
 */

/** How many opening words make a block's id: enough to be unique, short enough to read. */
export const ID_WORDS = 6;
/** Longest slug taken from a block's words: scripts written without spaces have long "words". */
const MAX_SLUG_LENGTH = 64;

/** What an author may write as `{#id}`: lower-case letters of any script, digits, single dashes. */
export const EXPLICIT_ID = /^[\p{Ll}\p{Lo}\p{Nd}]+(?:-[\p{Ll}\p{Lo}\p{Nd}]+)*$/u;

/**
 * Ids the level page itself uses (skip link target, title, side panels): an expectation never
 * takes them, so a link to one of them cannot open the wrong place.
 */
export const PAGE_IDS = ['main', 'level-title', 'advancement-title', 'where-title', 'previous-title', 'site-search', 'tracks', 'tracks-title', 'on-this-page'] as const;

/**
 * Text as a slug: lower case, Latin accents dropped (as the seed's ids were made), apostrophes
 * dropped, every other run of non-letters and non-digits a dash. Letters of other scripts stay.
 * @example slugify('Projects’ successes: the team’s work') // 'projects-successes-the-teams-work'
 * @example slugify('Вы отвечаете') // 'вы-отвечаете'
 */
export function slugify(text: string, maxWords = Infinity): string {
  const words = text
    .replace(/[\u00C0-\u024F]/g, (char) => char.normalize('NFKD').replace(/[\u0300-\u036f]/g, ''))
    .toLowerCase()
    .replace(/['’‘`]/g, '')
    .split(/[^\p{L}\p{N}\p{M}]+/u)
    .filter(Boolean)
    .slice(0, maxWords);
  let slug = words.join('-');
  if (slug.length > MAX_SLUG_LENGTH) slug = slug.slice(0, MAX_SLUG_LENGTH).replace(/-[^-]*$/, '') || slug.slice(0, MAX_SLUG_LENGTH);
  return slug;
}

/**
 * A paragraph's or bullet's id base, from its opening words.
 * @example blockSlug('You mentor others and actively seek accountability.') // 'you-mentor-others-and-actively-seek'
 */
export function blockSlug(text: string): string {
  return slugify(text, ID_WORDS);
}

/** One block to give an id to, in reading order. */
export interface IdRequest {
  kind: 'heading' | 'block';
  /** The author's `{#id}`, if any. */
  explicit?: string | undefined;
  /** Its text, for a generated id. */
  text: string;
  /** For a heading: its depth after shifting (2 for the highest), to find its parent section. */
  depth?: number;
  /** What to call it when nothing in its text can make an id, e.g. `item`. */
  fallback: string;
}

/** Two or more explicit ids that are the same, or an explicit id that is not valid. */
export interface IdProblem {
  id: string;
  message: string;
  fix: string;
}

/**
 * Gives each request its id, in order: explicit ids first (they win), then generated ones that
 * avoid every id already taken. Never fails on ordinary text; returns the problems with
 * explicit ids (the same id twice, an invalid one, one the page itself uses).
 */
export function assignIds(requests: readonly IdRequest[]): { ids: string[]; problems: IdProblem[] } {
  const taken = new Set<string>(PAGE_IDS);
  const problems: IdProblem[] = [];
  const explicitCount = new Map<string, number>();
  for (const { explicit } of requests) if (explicit !== undefined) explicitCount.set(explicit, (explicitCount.get(explicit) ?? 0) + 1);
  for (const [id, count] of explicitCount) {
    if (!EXPLICIT_ID.test(id)) {
      const better = slugify(id);
      problems.push({
        id,
        message: `{#${id}} is not a valid id: ids are lower-case letters, digits and single dashes.`,
        fix: better ? `Write {#${better}} instead.` : 'Write an id of lower-case letters, digits and dashes, e.g. {#code-reviews}.',
      });
    } else if ((PAGE_IDS as readonly string[]).includes(id)) {
      problems.push({ id, message: `{#${id}} is an id the level page itself uses, so a link to it would open the wrong place.`, fix: `Choose another id, e.g. {#${id}-expectation}.` });
    } else if (count > 1) {
      problems.push({ id, message: `{#${id}} is written on ${count} blocks, so a link to one would open another.`, fix: 'Give each of them its own id.' });
    }
    taken.add(id);
  }
  const unique = (base: string) => {
    let id = base;
    for (let n = 2; taken.has(id); n++) id = `${base}-${n}`;
    taken.add(id);
    return id;
  };

  const ids: string[] = [];
  // Open sections by depth, for the section prefix of blocks and the parent of headings.
  const sections: { depth: number; id: string }[] = [];
  for (const request of requests) {
    if (request.kind === 'heading') {
      const depth = request.depth ?? 2;
      while (sections.length > 0 && sections.at(-1)!.depth >= depth) sections.pop();
      let id = request.explicit;
      if (id === undefined) {
        const own = slugify(request.text) || request.fallback;
        const parent = sections.at(-1)?.id;
        id = unique(taken.has(own) && parent ? `${parent}-${own}` : own);
      }
      sections.push({ depth, id });
      ids.push(id);
    } else {
      const section = sections.at(-1)?.id;
      const own = blockSlug(request.text) || request.fallback;
      ids.push(request.explicit ?? unique(section ? `${section}-${own}` : own));
    }
  }
  return { ids, problems };
}
