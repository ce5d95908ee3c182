import type { AstroIntegration } from 'astro';
import { createHash } from 'node:crypto';
import { closeSync, openSync, readdirSync, readSync } from 'node:fs';
import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import {
  CLOUDFLARE_LINE_LIMIT,
  headerPolicy,
  HEAD_END,
  headersFile,
  nginxHeaders,
  overlongLines,
  pageCsp,
  sitePolicy,
  type EarlyInline,
  type PagePolicies,
} from '../lib/host-headers.ts';
import { joinBase } from '../lib/urls.ts';

/** The file Netlify and Cloudflare Pages read their response headers from. */
export const HEADERS_FILE = '_headers';

/** The security headers for nginx, included by the server block in docs/nginx.conf. */
export const NGINX_HEADERS_FILE = 'nginx-headers.conf';

/** Every HTML file under `root`, as paths relative to it with forward slashes. */
function htmlFiles(root: string): string[] {
  const entries = readdirSync(root, { recursive: true, withFileTypes: true });
  return entries
    .filter((entry) => entry.isFile() && entry.name.endsWith('.html'))
    .map((entry) => path.relative(root, path.join(entry.parentPath, entry.name)).split(path.sep).join('/'))
    .sort();
}

/** How much of a page is read at a time while looking for the end of its `<head>`. */
const HEAD_CHUNK = 8192;

/**
 * The start of a page up to the end of its `<head>` (the whole page when it has none): all that
 * `pageCsp` reads.
 */
function headOf(file: string): string {
  const handle = openSync(file, 'r');
  try {
    const chunks: Buffer[] = [];
    for (;;) {
      const chunk = Buffer.alloc(HEAD_CHUNK);
      const bytesRead = readSync(handle, chunk, 0, HEAD_CHUNK, null);
      if (bytesRead === 0) break;
      chunks.push(chunk.subarray(0, bytesRead));
      // Decoded whole each time, so a character split between two chunks is read intact.
      const text = Buffer.concat(chunks).toString('utf8');
      if (HEAD_END.test(text)) return text;
    }
    return Buffer.concat(chunks).toString('utf8');
  } finally {
    closeSync(handle);
  }
}

/** A built page's policies and the inline scripts and styles before them. */
type BuiltPage = PagePolicies & { early: EarlyInline[] };

/**
 * What each built page's `<head>` says about its policy, in file order. The folder is listed and
 * the pages read synchronously: nothing else runs while the build ends, and one call per file
 * instead of three trips through Node's thread pool (open, read, close) takes a 2,000-level
 * build's 6,500 pages from 1.3 s to 0.5 s here.
 */
function builtPages(root: string, base: string): BuiltPage[] {
  return htmlFiles(root).map((file) => ({ path: base + file.replace(/(^|\/)index\.html$/, '$1'), ...pageCsp(headOf(path.join(root, file))) }));
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
        base = joinBase(config.base, '');
        assetsDir = config.build.assets;
      },
      'astro:build:done': async ({ dir, logger }) => {
        const root = fileURLToPath(dir);
        const pages = builtPages(root, base);
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
