import { getContainerRenderer as mdxRenderer } from '@astrojs/mdx/container-renderer';
import { experimental_AstroContainer } from 'astro/container';
import { loadRenderers } from 'astro:container';
import { getEntry } from 'astro:content';
import { releaseAfterPages } from './build-memos.ts';
import { renderLevel } from './get-ladder.ts';

let container: Promise<experimental_AstroContainer> | undefined;
const cache = new Map<string, Promise<string>>();
releaseAfterPages(() => cache.clear());

/**
 * A level's text rendered to HTML once per build, for the pages and files that place several
 * levels' texts side by side or export them (compare, whole track, ladder.json). The level page
 * itself renders `<Content />` directly. A level's sections, for compare and the matrix: level-sections.ts.
 */
export function levelHtml(id: string): Promise<string> {
  let html = cache.get(id);
  if (!html) {
    html = (async () => {
      // Markdown levels come rendered from the content cache; only MDX needs rendering here.
      const entry = await getEntry('levels', id);
      if (entry?.rendered?.html) return entry.rendered.html;
      const { Content } = await renderLevel(id);
      // MDX levels render through the MDX renderer, as on their own pages.
      container ??= loadRenderers([mdxRenderer()]).then((renderers) => experimental_AstroContainer.create({ renderers }));
      try {
        return await (await container).renderToString(Content);
      } catch (error) {
        throw mdxError(entry?.filePath ?? id, error);
      }
    })();
    cache.set(id, html);
  }
  return html;
}

/**
 * An error thrown while an MDX level ran, naming the level's file rather than the page that
 * happened to render it first (e.g. /ladder.json): MDX levels are code, so the author's own
 * expressions and components can throw.
 */
function mdxError(file: string, error: unknown): Error {
  const reason = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
  const wrapped = new Error(
    `${file}\n  (MDX): the level's MDX failed while it ran: ${reason}\n` +
      '  How to fix: Fix the expression or component in this file (an import, a name, a property of something undefined) and build again.',
    { cause: error },
  );
  wrapped.name = 'MdxLevelError';
  // The message names the file; a trace through the page that rendered it would point elsewhere.
  wrapped.stack = '';
  return wrapped;
}
