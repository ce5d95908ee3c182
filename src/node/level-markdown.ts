import type { RehypePlugins } from '@astrojs/markdown-remark';
import { rehypeExpectations } from '../lib/markdown/rehype-expectations.ts';
import { rehypeLevelLinks } from '../lib/markdown/rehype-level-links.ts';
import { rehypeLevelOutline } from '../lib/markdown/rehype-level-outline.ts';
import { rehypeSanitizeLevel } from '../lib/markdown/rehype-sanitize-level.ts';
import { levelLinkOptions } from './level-link-options.ts';

/**
 * The rehype plugins that shape a level's text and find its problems (ids, links), in order: the
 * command-line content check renders levels with exactly these, as the build does.
 */
export function levelTextPlugins(contentDir: string, base: string): RehypePlugins {
  return [
    // Raw HTML in a Markdown level is parsed and sanitised: Markdown levels are content, not
    // code (MDX levels are code and are left as written).
    rehypeSanitizeLevel,
    // Links between level files lead to the levels' pages.
    [rehypeLevelLinks, levelLinkOptions(contentDir, base)],
    // Headings make an outline under the page's title.
    rehypeLevelOutline,
    // Every paragraph, bullet and heading gets a stable id and a copy-link control, so a review
    // can link a single expectation.
    rehypeExpectations,
  ] as RehypePlugins;
}
