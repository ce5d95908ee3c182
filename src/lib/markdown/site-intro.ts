import { createMarkdownProcessor, type MarkdownRenderer } from '@astrojs/markdown-remark';
import type { Element } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { toHtml } from 'hast-util-to-html';
import { toText } from 'hast-util-to-text';
import remarkGfm from 'remark-gfm';
import { visitElements } from './walk.ts';
import { rehypeLevelOutline } from './rehype-level-outline.ts';
import { rehypeSanitizeLevel } from './rehype-sanitize-level.ts';

let processor: Promise<MarkdownRenderer> | undefined;

/**
 * The home page's introduction (`intro` in the site file), rendered as levels are: GitHub-flavoured
 * Markdown, quotes kept as typed, raw HTML sanitised (no scripts, styles, handlers, images from
 * other sites), and headings shifted under the page's heading (the highest becomes `h2`; one that
 * repeats the heading is dropped). Its elements carry no ids: the home page's own ids (`tracks`,
 * `track-…`) must stay unique. Returns the HTML and its first paragraph as plain text, the home
 * page's description.
 * @example await renderIntro('Read *your* level.') // { html: '<p>Read <em>your</em> level.</p>', description: 'Read your level.' }
 */
export async function renderIntro(markdown: string, heading = ''): Promise<{ html: string; description: string }> {
  processor ??= createMarkdownProcessor({
    remarkPlugins: [remarkGfm],
    rehypePlugins: [rehypeSanitizeLevel, rehypeLevelOutline],
    gfm: false,
    smartypants: false,
    syntaxHighlight: false,
  });
  const { code } = await (await processor).render(markdown, { frontmatter: { title: heading }, fileURL: new URL('file:///content/_site.yml') });
  const tree = fromHtml(code.trim(), { fragment: true });
  let paragraph: Element | undefined;
  visitElements(tree, (element) => {
    delete element.properties['id'];
    if (element.tagName === 'p') paragraph ??= element;
  });
  return { html: toHtml(tree), description: toText(paragraph ?? tree).replace(/\s+/g, ' ').trim() };
}
