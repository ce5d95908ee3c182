import { readFileSync } from 'node:fs';
import path from 'node:path';
import { repoRoot } from './fixtures.ts';

/** One level of the seed ladder: its heading and the paragraphs under it, as written. */
export interface SeedLevel {
  title: string;
  paragraphs: string[];
  /** The "Career advancement: …" line's target, e.g. "Senior Engineer". */
  advancement?: string | undefined;
}

/**
 * The Web Operations ladder as the organisation first wrote it (a copy kept in the fixtures),
 * split into levels: the reference the built site's text is compared with.
 */
export function seedLevels(): SeedLevel[] {
  const text = readFileSync(path.join(repoRoot, 'tests/fixtures/seed-ladder.txt'), 'utf8');
  const levels: SeedLevel[] = [];
  for (const block of text.split(/^## /m).slice(1)) {
    const [title, ...lines] = block.split('\n');
    const paragraphs = lines.map((line) => line.trim()).filter((line) => line !== '' && !line.startsWith('_'));
    const advancement = /_Career advancement: (.+)_/.exec(block)?.[1];
    if (paragraphs.length > 0) levels.push({ title: title!.trim(), paragraphs, advancement });
  }
  return levels;
}
