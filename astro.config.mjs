// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import { unified } from '@astrojs/markdown-remark';
import remarkGfm from 'remark-gfm';
import { ladderContent } from './src/integrations/ladder-content.ts';
import { rehypeParagraphIds } from './src/lib/paragraph-ids.ts';
import { readSiteConfig } from './src/lib/site-config.ts';

const { site, base, contentDir } = readSiteConfig(process.env);

export default defineConfig({
  site,
  // Each content folder keeps its own content cache, so building a fixture ladder never
  // leaves its entries behind in the next build of the real one.
  ...(contentDir === 'content' ? {} : { cacheDir: `./node_modules/.astro/${contentDir.replace(/[^a-z0-9]+/gi, '-')}` }),
  base,
  trailingSlash: 'ignore',
  // The page budget allows 4 requests: inline every page's CSS (about 3 KB compressed) instead of
  // one or more render-blocking stylesheet requests.
  build: { inlineStylesheets: 'always' },
  // Lossless whitespace removal: the default ('jsx') can glue words together
  // across inline elements, which would change the ladder's text.
  compressHTML: true,
  markdown: {
    processor: unified({
      remarkPlugins: [remarkGfm],
      // Every paragraph gets a stable id, so a review can link a single expectation.
      rehypePlugins: [rehypeParagraphIds],
      // GFM comes from remark-gfm above, once.
      gfm: false,
      // Authors' punctuation is the content: keep straight and curly quotes exactly as written.
      smartypants: false,
    }),
  },
  integrations: [ladderContent({ contentDir }), mdx()],
});
