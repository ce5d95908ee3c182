import type { AstroIntegration } from 'astro';
import { createHash } from 'node:crypto';
import { readdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import {
  CLOUDFLARE_LINE_LIMIT,
  headerPolicy,
  headersFile,
  nginxHeaders,
  overlongLines,
  pageCsp,
  sitePolicy,
  type EarlyInline,
  type PagePolicies,
} from '../lib/host-headers.ts';

/** The file Netlify and Cloudflare Pages read their response headers from. */
export const HEADERS_FILE = '_headers';

/** The security headers for nginx, included by the server block in docs/nginx.conf. */
export const NGINX_HEADERS_FILE = 'nginx-headers.conf';

/** How many pages are read at a time. */
const PAGES_IN_FLIGHT = 16;

/** Every HTML file under `root`, as paths relative to it with forward slashes. */
async function htmlFiles(root: string): Promise<string[]> {
  const entries = await readdir(root, { recursive: true, withFileTypes: true });
  return entries
    .filter((entry) => entry.isFile() && entry.name.endsWith('.html'))
    .map((entry) => path.relative(root, path.join(entry.parentPath, entry.name)).split(path.sep).join('/'))
    .sort();
}

/** A built page's policies and the inline scripts and styles before them. */
type BuiltPage = PagePolicies & { early: EarlyInline[] };

/** What each built page's `<head>` says about its policy, a few pages at a time. */
async function builtPages(root: string, base: string): Promise<BuiltPage[]> {
  const files = await htmlFiles(root);
  const pages: BuiltPage[] = [];
  for (let start = 0; start < files.length; start += PAGES_IN_FLIGHT) {
    const batch = files.slice(start, start + PAGES_IN_FLIGHT);
    pages.push(
      ...(await Promise.all(
        batch.map(async (file) => ({
          path: base + file.replace(/(^|\/)index\.html$/, '$1'),
          ...pageCsp(await readFile(path.join(root, file), 'utf8')),
        })),
      )),
    );
  }
  return pages;
}

/** The CSP source that allows an inline script or style by its content. */
function hashSource(content: string): string {
  return `'sha256-${createHash('sha256').update(content, 'utf8').digest('base64')}'`;
}

/**
 * After the build, writes the response headers a host should send into the output: `_headers`
 * (Netlify, Cloudflare Pages) and `nginx-headers.conf` (nginx), with the Content-Security-Policy
 * read from the built pages' `<meta>` (Astro's `security.csp`, plus the hash of any inline
 * script before it: see `headerPolicy`) and paths under the base path.
 * Pages that carry different policies fail the build, naming them: one header could not match
 * them all. Must come after every integration that writes pages and before the build guard,
 * which publishes the output.
 */
export function hostHeaders(): AstroIntegration {
  let base = '/';
  let assetsDir = '_astro';
  return {
    name: 'host-headers',
    hooks: {
      'astro:config:done': ({ config }) => {
        base = config.base.endsWith('/') ? config.base : `${config.base}/`;
        assetsDir = config.build.assets;
      },
      'astro:build:done': async ({ dir, logger }) => {
        const root = fileURLToPath(dir);
        const pages = await builtPages(root, base);
        const early = pages.filter((page) => page.policies.length > 0).flatMap((page) => page.early);
        const hashesOf = (kind: EarlyInline['kind']) => [...new Set(early.filter((inline) => inline.kind === kind).map(({ content }) => content))].map(hashSource);
        const policy = headerPolicy(sitePolicy(pages), { script: hashesOf('script'), style: hashesOf('style') });
        const headers = headersFile(policy, base, assetsDir);
        await writeFile(path.join(root, HEADERS_FILE), headers);
        await writeFile(path.join(root, NGINX_HEADERS_FILE), nginxHeaders(policy));
        for (const name of overlongLines(headers)) {
          logger.warn(`${HEADERS_FILE}: the ${name} line is longer than ${CLOUDFLARE_LINE_LIMIT} characters, which Cloudflare Pages ignores (Netlify and nginx do not mind).`);
        }
        logger.info(`${HEADERS_FILE} and ${NGINX_HEADERS_FILE} written with the Content-Security-Policy of the ${pages.length} pages.`);
      },
    },
  };
}
