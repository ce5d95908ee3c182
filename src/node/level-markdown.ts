import type { RehypePlugins, UnifiedProcessorOptions } from '@astrojs/markdown-remark';
import remarkGfm from 'remark-gfm';
import { rehypeExpectations } from '../lib/markdown/rehype-expectations.ts';
import { rehypeLevelLinks } from '../lib/markdown/rehype-level-links.ts';
import { rehypeLevelOutline } from '../lib/markdown/rehype-level-outline.ts';
import { rehypeSanitizeLevel } from '../lib/markdown/rehype-sanitize-level.ts';
import { rehypeTableRegions } from '../lib/markdown/rehype-table-regions.ts';
import { withoutAstroRawPass } from '../lib/markdown/without-astro-raw-pass.ts';
import { levelLinkOptions } from './level-link-options.ts';

/**
 * The Markdown processor's options for level files: GFM and the rehype plugins that shape a
 * level's text and find its problems (ids, links), in order. The build (astro.config.mjs, through
 * parallel-markdown.ts) and `npm run check:content` render with these same options.
 */
export function levelMarkdownOptions(contentDir: string, base: string): UnifiedProcessorOptions {
  return {
    remarkPlugins: [remarkGfm],
    rehypePlugins: [
      // Astro's own last pass, an HTML parser for raw HTML, is not needed: the next plugin does that.
      withoutAstroRawPass,
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
      // Each table in a labelled, keyboard-focusable scroll region: a wide table never widens a phone's page.
      rehypeTableRegions,
    ] as RehypePlugins,
    // GFM comes from remark-gfm above, once.
    gfm: false,
    // Authors' punctuation is the content: keep straight and curly quotes exactly as written.
    smartypants: false,
  };
}
