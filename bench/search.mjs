// Search benchmark (not a test): against an already-served built site, measures what a first
// search costs in bytes, how fast results appear after the last keystroke, and, for a labelled
// query set (bench/queries/*.json), how often the first result opens the right expectation
// (precision at 1) and the mean reciprocal rank of the right one, in Chromium.
//
//   node bench/search.mjs http://localhost:4321/                            prints a Markdown table
//   node bench/search.mjs http://localhost:4321/ bench/queries/seed.json    … with the query set's quality
//   import { benchSearch, benchQuality } from './bench/search.mjs'          for `npm run bench`
import { readdir, readFile, stat } from 'node:fs/promises';
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

/**
 * Search quality on a labelled query set, typed into the header's search dialog as a reader
 * would. Each query names the level and the expectation (an id) its first result must open:
 * - p1: the share of queries whose first result's link opens exactly that (precision at 1);
 * - mrr: the mean of 1 / the rank of the first result that does (0 when none of the first ten);
 * - levelP1: the share whose first result is at least the right level.
 * A query that finds nothing but offers "Did you mean …?" (the typos) is scored after a click on
 * the first suggestion. `misses` lists every query whose first result is not the expected one.
 * @example await benchQuality({ baseURL: 'http://localhost:4321/', querySet: 'bench/queries/seed.json' })
 */
export async function benchQuality({ baseURL, querySet, chromiumPath = findChromium() }) {
  const { queries } = JSON.parse(await readFile(querySet, 'utf8'));
  const browser = await chromium.launch({ args: chromiumArgs, ...(chromiumPath ? { executablePath: chromiumPath } : {}) });
  try {
    const page = await (await browser.newContext()).newPage();
    await page.goto(new URL('./', baseURL).href, { waitUntil: 'networkidle' });
    await page.keyboard.press('/');
    const field = page.locator('[data-search-dialog] [data-search-input]');
    const status = page.locator('[data-search-dialog] [data-search-status]');
    const base = new URL('./', baseURL).pathname;
    const scored = [];
    for (const item of queries) {
      // An empty field clears the status line: the next text in it is this query's answer.
      await field.fill('');
      await page.waitForFunction(() => document.querySelector('[data-search-dialog] [data-search-status]')?.textContent === '');
      await field.fill(item.q);
      await page.waitForFunction(() => document.querySelector('[data-search-dialog] [data-search-status]')?.textContent !== '');
      let followed;
      const suggestion = status.locator('[data-search-suggestion]').first();
      if ((await suggestion.count()) > 0) {
        followed = await suggestion.getAttribute('data-search-suggestion');
        const before = await status.textContent();
        await suggestion.click();
        await page.waitForFunction((text) => {
          const now = document.querySelector('[data-search-dialog] [data-search-status]')?.textContent;
          return now !== '' && now !== text;
        }, before);
      }
      const links = await page
        .locator('[data-search-dialog] [data-search-results] a.result-link')
        .evaluateAll((anchors) => anchors.map((anchor) => new URL(anchor.href).pathname + new URL(anchor.href).hash));
      const wanted = `${base}${item.level}/#${item.id}`;
      const rank = links.indexOf(wanted) + 1;
      scored.push({ ...item, rank, first: links[0] ?? null, rightLevel: (links[0] ?? '').startsWith(`${base}${item.level}/`), ...(followed ? { followed } : {}) });
    }
    const share = (count) => count / scored.length;
    return {
      querySet,
      queries: scored.length,
      p1: share(scored.filter((query) => query.rank === 1).length),
      mrr: share(scored.reduce((sum, query) => sum + (query.rank ? 1 / query.rank : 0), 0)),
      levelP1: share(scored.filter((query) => query.rightLevel).length),
      misses: scored.filter((query) => query.rank !== 1),
    };
  } finally {
    await browser.close();
  }
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

/** The result (and the query set's quality, when measured) as a Markdown table. */
export function toMarkdown(result, quality) {
  return [
    '| measure | value |',
    '| --- | --- |',
    `| site | ${result.baseURL} |`,
    `| bytes fetched by the first query ("${result.firstQuery}") | ${(result.firstQueryBytes / 1024).toFixed(1)} KB in ${result.firstQueryRequests} requests |`,
    `| last keystroke to first rendered result, median of ${result.runs} | ${result.medianMs.toFixed(1)} ms |`,
    ...(quality
      ? [
          `| precision at 1 (${quality.queries} queries of ${quality.querySet}) | ${quality.p1.toFixed(2)} |`,
          `| mean reciprocal rank | ${quality.mrr.toFixed(2)} |`,
          `| first result at the right level | ${quality.levelP1.toFixed(2)} |`,
          ...quality.misses.map((miss) => `| missed: "${miss.q}"${miss.followed ? ` → "${miss.followed}"` : ''} | rank ${miss.rank || 'none'}, first ${miss.first ?? 'nothing'} |`),
        ]
      : []),
  ].join('\n');
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const [baseURL, querySet] = process.argv.slice(2);
  if (!baseURL) {
    console.error('Usage: node bench/search.mjs <URL of a served built site, e.g. http://localhost:4321/> [bench/queries/<set>.json]');
    process.exit(2);
  }
  const quality = querySet ? await benchQuality({ baseURL, querySet }) : undefined;
  console.log(toMarkdown(await benchSearch({ baseURL }), quality));
}
