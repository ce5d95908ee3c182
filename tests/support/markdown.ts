import { createMarkdownProcessor } from '@astrojs/markdown-remark';
import remarkGfm from 'remark-gfm';
import { rehypeExpectations } from '../../src/lib/markdown/rehype-expectations.ts';
import { rehypeLevelOutline } from '../../src/lib/markdown/rehype-level-outline.ts';
import { rehypeSanitizeLevel } from '../../src/lib/markdown/rehype-sanitize-level.ts';
import { rehypeTableRegions } from '../../src/lib/markdown/rehype-table-regions.ts';
import { textProblemsOf } from '../../src/lib/markdown/problems.ts';

/** The site's Markdown pipeline for a level (as astro.config.mjs sets it up), without link resolution. */
const processor = await createMarkdownProcessor({
  remarkPlugins: [remarkGfm],
  rehypePlugins: [rehypeSanitizeLevel, rehypeLevelOutline, rehypeExpectations, rehypeTableRegions],
  gfm: false,
  smartypants: false,
  syntaxHighlight: false,
});

/** Renders a level's Markdown body as the build does: its HTML and the problems recorded on it. */
export async function renderLevelMarkdown(markdown: string, title = 'A level') {
  const { code, metadata } = await processor.render(markdown, { frontmatter: { title }, fileURL: new URL('file:///content/ops/level.md') });
  return { html: code, problems: textProblemsOf(metadata.frontmatter), headings: metadata.headings };
}

/** The ids given to a Markdown text's expectations, in order. */
export async function idsOf(markdown: string, title?: string): Promise<string[]> {
  const { html } = await renderLevelMarkdown(markdown, title);
  return [...html.matchAll(/<(?:p|li|h[2-6]) id="([^"]+)"/g)].map((match) => match[1]!);
}
