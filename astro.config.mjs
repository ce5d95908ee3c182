// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import { ladderContent } from './src/integrations/ladder-content.ts';
import { pagefindIndex } from './src/integrations/pagefind.ts';
import { parallelMarkdown } from './src/node/parallel-markdown.ts';
import { contentCacheDir } from './src/node/content-cache-dir.ts';
import { siteOriginCss } from './src/node/site-origin-css.ts';
import { lowPriorityScripts } from './src/node/low-priority-scripts.ts';
import { buildTimeDefine, siteUrlIsSet } from './src/lib/site-config.ts';
import { publishedUrls } from './src/integrations/published-urls.ts';
import { hostHeaders } from './src/integrations/host-headers.ts';
import { buildGuard } from './src/integrations/build-guard.ts';
import { dataStoreFile } from './src/integrations/data-store-from-file.ts';

const guard = buildGuard();
// The settings (src/lib/site-config.ts): one that cannot be used fails the build, naming it.
const { site, base, contentDir } = guard.settings();
const content = ladderContent({ contentDir });
const levelMarkdown = parallelMarkdown(contentDir, base);

export default defineConfig({
  site,
  // A content cache per content folder and per version of the Markdown plugins (see the module).
  cacheDir: contentCacheDir(contentDir),
  base,
  trailingSlash: 'ignore',
  // One stylesheet and one script for the whole site, as files: a page costs its HTML, the CSS,
  // the script and the favicon (4 requests), later pages only their HTML, and a 2,000-level
  // build does not repeat the same CSS in every file. Four pages render at a time: while one
  // waits for its file to be written (or for git), another renders (a 2,000-level build's pages
  // in 15 s instead of 19 s, for the same memory).
  build: { inlineStylesheets: 'never', concurrency: 4 },
  // Scoped styles as short classes rather than a data attribute on every element.
  scopedStyleStrategy: 'class',
  // Lossless whitespace removal: the default ('jsx') can glue words together
  // across inline elements, which would change the ladder's text.
  compressHTML: true,
  markdown: {
    // Ladders hold prose, not code; Shiki's inline styles would also clash with the CSP below.
    syntaxHighlight: false,
    // Astro's unified() processor with GFM and the level plugins (src/node/level-markdown.ts):
    // sanitising, links between levels, the outline, expectation ids and copy-links, table
    // regions. In `astro build` level files render in worker processes, one per core
    // (src/node/parallel-markdown.ts).
    processor: levelMarkdown.processor,
  },
  // A Content-Security-Policy <meta> on every page: only this site's own scripts and styles
  // (Astro hashes the ones it renders). Pagefind's search runs WebAssembly, hence 'wasm-unsafe-eval'.
  security: {
    csp: {
      directives: ["default-src 'self'", "img-src 'self' data:", "object-src 'none'", "base-uri 'self'", "form-action 'self'"],
      scriptDirective: { resources: ["'self'", "'wasm-unsafe-eval'"] },
    },
  },
  vite: {
    // The one build time (BUILD_TIME in src/lib/site-config.ts), the same on every page.
    define: buildTimeDefine(),
    // SITE_URL's origin as a CSS variable, for the addresses printed after links; the scripts
    // fetched at low priority, after the stylesheet the first paint waits for.
    plugins: [siteOriginCss(siteUrlIsSet() ? new URL(site).origin : undefined), lowPriorityScripts()],
    build: {
      cssCodeSplit: false,
      // Never inline the page script into the HTML: as a file it is cached across pages.
      assetsInlineLimit: 0,
    },
    // The search UI is bundled like a worker (`?worker&url`) and imported on demand; as ES
    // modules, so it can be import()ed by the page. See src/browser/search-loader.ts.
    worker: { format: 'es' },
  },
  integrations: [
    // First: the previous output goes before anything can fail, and every error is collected.
    guard.start,
    content.integration,
    // Tells the Markdown processor whether this is a build (worker processes) or the dev server.
    levelMarkdown.integration,
    // Pages read the content collections from Astro's data store file, not a copy bundled into them.
    dataStoreFile(),
    mdx(),
    pagefindIndex(),
    // Old addresses only redirect: search engines should index the level's own page instead.
    sitemap({ filter: (page) => !content.redirectPages.has(new URL(page).pathname) }),
    // Fails the build when a URL in <content>/published-urls.txt would stop working.
    publishedUrls({ contentDir }),
    // _headers (Netlify, Cloudflare Pages) and nginx-headers.conf: the pages' CSP as a header, caching, hardening.
    hostHeaders(),
    // Last: any error of the build means no site, and the site appears only once all is done.
    guard.finish,
  ],
});
