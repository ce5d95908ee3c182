/**
 * Which two levels the track's compare page shows: the pair its form starts with and what it
 * makes of the pair named in the URL. Pure and dependency-free: the page's script runs it.
 */

/** A written level of the track, as the compare form knows it. */
export interface PairChoice {
  /** Its file name, what `?a=` and `?b=` take. */
  slug: string;
  rank: number;
  /** File names of the written levels of the same track it advances to. */
  next: readonly string[];
}

/**
 * The pair the form starts with, lower level first: the level named by `?a=` (the one the reader
 * came from) and the one it advances to, else the level above it, else (at the top) the one
 * below; without a known `?a=`, the two lowest levels. `levels` are in rank order.
 * @example suggestedPair(levels, 'junior') // ['junior', 'senior']
 * @example suggestedPair(levels, 'lead') // ['principal', 'lead']
 */
export function suggestedPair(levels: readonly PairChoice[], from?: string | null): [string, string] | undefined {
  if (levels.length < 2) return undefined;
  const index = levels.findIndex((level) => level.slug === from);
  if (index === -1) return [levels[0]!.slug, levels[1]!.slug];
  const level = levels[index]!;
  const advance = levels.find((other) => other !== level && level.next.includes(other.slug));
  const other = advance ?? levels[index + 1] ?? levels[index - 1]!;
  return other.rank < level.rank ? [other.slug, level.slug] : [level.slug, other.slug];
}

/** What the compare page makes of the two levels named in its URL. */
export type PairCheck<Level> =
  | { ok: true; a: Level; b: Level; /** The URL named them higher first: they are shown in ladder order. */ swapped: boolean }
  | { ok: false; reason: 'unknown'; /** The names the track has no level for. */ unknown: string[] }
  | { ok: false; reason: 'same'; level: Level };

/**
 * Checks the pair named by `?a=` and `?b=`: both must be levels of the track and two different
 * ones; a pair named downwards (higher first) is put into ladder order, lower first.
 * @example checkPair(levels, 'lead', 'junior') // { ok: true, a: junior, b: lead, swapped: true }
 */
export function checkPair<Level extends { slug: string; rank: number }>(levels: readonly Level[], a: string, b: string): PairCheck<Level> {
  const [first, second] = [a, b].map((slug) => levels.find((level) => level.slug === slug));
  if (!first || !second) return { ok: false, reason: 'unknown', unknown: [...new Set([a, b].filter((slug) => !levels.some((level) => level.slug === slug)))] };
  if (first === second) return { ok: false, reason: 'same', level: first };
  return second.rank < first.rank ? { ok: true, a: second, b: first, swapped: true } : { ok: true, a: first, b: second, swapped: false };
}
