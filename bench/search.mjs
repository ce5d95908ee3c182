// Search benchmark (not a test): against an already-served built site, measures what a first
// search costs in bytes and how fast results appear after the last keystroke, in Chromium.
//
//   node bench/search.mjs http://localhost:4321/            prints a Markdown table
//   import { benchSearch } from './bench/search.mjs'        for `npm run bench`
import { readdir, stat } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { brotliCompressSync, gzipSync } from 'node:zlib';
import { chromium } from '@playwright/test';
import { chromiumArgs, findChromium } from '../tests/support/chromium.mjs';

/** Words the seed ladder uses; a generated ladder can pass its own. */
export const DEFAULT_QUERIES = ['mentoring', 'Linux', 'self-study', 'architecture', 'documentation', 'automation', 'guidance', 'projects', 'teamwork', 'innovative'];

/** Milliseconds between keystrokes when typing the first query (about 120 words a minute). */
const TYPING_DELAY_MS = 100;

const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
};

/** Bytes that crossed the wire for a finished request: headers plus the (compressed) body. */
async function transferred(request) {
  const sizes = await request.sizes().catch(() => undefined);
  if (!sizes) return 0;
  let body = Math.max(sizes.responseBodySize, 0);
  // Chromium reports no body size for what a Web Worker fetches: take the (decoded) body,
  // compressed again the way the server sent it.
  if (body === 0) {
    const response = await request.response();
    const content = (await response?.body().catch(() => undefined)) ?? Buffer.alloc(0);
    const encoding = await response?.headerValue('content-encoding');
    body = encoding === 'gzip' ? gzipSync(content).length : encoding === 'br' ? brotliCompressSync(content).length : content.length;
  }
  return sizes.responseHeadersSize + body;
}

/**
 * Runs the search benchmark against a built site that is already being served.
 * - firstQueryBytes: everything fetched from opening search to the first query's results
 *   (search code, Pagefind, its WebAssembly, index chunks and fragments), on a cold cache,
 *   the query typed key by key as a person would (each prefix searches too).
 * - medianMs: milliseconds from the last keystroke of a query to its results in the page
 *   (the status line and result list updated), median over `runs` queries on a warm page.
 * @example await benchSearch({ baseURL: 'http://localhost:4321/', runs: 20 })
 */
export async function benchSearch({ baseURL, queries = DEFAULT_QUERIES, runs = 20, chromiumPath = findChromium() }) {
  const browser = await chromium.launch({ args: chromiumArgs, ...(chromiumPath ? { executablePath: chromiumPath } : {}) });
  try {
    const context = await browser.newContext();
    const page = await context.newPage();
    await page.goto(new URL('./', baseURL).href, { waitUntil: 'networkidle' });

    // Cold first query: count every response from the moment the user reaches for search,
    // the Web Worker's included (hence the context, not the page).
    const requests = [];
    context.on('requestfinished', (request) => requests.push(request));
    const first = queries[0];
    await page.keyboard.press('/');
    const field = page.locator('[data-search-dialog] [data-search-input]');
    // Typed at a brisk human pace: each prefix ("me", "men", …) runs its own search.
    await field.pressSequentially(first, { delay: TYPING_DELAY_MS });
    await waitForAnswer(page, first);
    await page.waitForLoadState('networkidle');
    const firstQueryBytes = (await Promise.all(requests.map(transferred))).reduce((sum, bytes) => sum + bytes, 0);
    const firstQueryRequests = requests.length;

    // Keystroke-to-result latency: type all but the last character, let that search settle,
    // then time the last keystroke in the page itself.
    const timings = [];
    for (let run = 0; run < runs; run++) {
      const query = queries[run % queries.length];
      await field.fill(query.slice(0, -1));
      if (query.length > 1) await waitForAnswer(page, query.slice(0, -1));
      const timing = page.evaluate(measureLastKeystroke, query);
      await page.waitForFunction(() => window.__searchBenchArmed === true);
      await page.keyboard.press(query.at(-1));
      timings.push(await timing);
    }
    return { baseURL, firstQuery: first, firstQueryBytes, firstQueryRequests, runs, medianMs: median(timings), timings };
  } finally {
    await browser.close();
  }
}

/** Waits until the dialog's status line answers this exact query (results or none). */
function waitForAnswer(page, query) {
  return page.waitForFunction(
    (q) => document.querySelector('[data-search-dialog] [data-search-status]')?.textContent?.includes(`“${q}”`),
    query,
  );
}

/** In the page: resolves with ms from the next keydown to the status line answering `query`. */
function measureLastKeystroke(query) {
  return new Promise((resolve) => {
    const status = document.querySelector('[data-search-dialog] [data-search-status]');
    let pressed = 0;
    const observer = new MutationObserver(() => {
      if (pressed && status.textContent.includes(`“${query}”`)) {
        observer.disconnect();
        resolve(performance.now() - pressed);
      }
    });
    observer.observe(status, { childList: true, characterData: true, subtree: true });
    document.addEventListener('keydown', () => (pressed = performance.now()), { once: true, capture: true });
    window.__searchBenchArmed = true;
  }).finally(() => (window.__searchBenchArmed = false));
}

/** Size on disk of a built site's search index (the `pagefind/` folder), in bytes and files. */
export async function indexSize(distDir) {
  let bytes = 0;
  let files = 0;
  const walk = async (dir) => {
    for (const entry of await readdir(dir, { withFileTypes: true })) {
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) await walk(full);
      else {
        bytes += (await stat(full)).size;
        files += 1;
      }
    }
  };
  await walk(path.join(distDir, 'pagefind'));
  return { bytes, files };
}

/** The result as a Markdown table. */
export function toMarkdown(result) {
  return [
    '| measure | value |',
    '| --- | --- |',
    `| site | ${result.baseURL} |`,
    `| bytes fetched by the first query ("${result.firstQuery}") | ${(result.firstQueryBytes / 1024).toFixed(1)} KB in ${result.firstQueryRequests} requests |`,
    `| last keystroke to first rendered result, median of ${result.runs} | ${result.medianMs.toFixed(1)} ms |`,
  ].join('\n');
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const baseURL = process.argv[2];
  if (!baseURL) {
    console.error('Usage: node bench/search.mjs <URL of a served built site, e.g. http://localhost:4321/>');
    process.exit(2);
  }
  console.log(toMarkdown(await benchSearch({ baseURL })));
}
