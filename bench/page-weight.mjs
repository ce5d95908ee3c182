// What one page costs a reader before they reach for search: every request Chromium makes while
// loading it (plus the favicon, which headless Chromium does not fetch), its bytes as served and
// as a compressing host would send them (gzip and brotli at their highest levels), the JavaScript
// among them (inline scripts included) and the page's cumulative layout shift.
//
//   import { measurePageWeight } from './page-weight.mjs';
//   const weight = await measurePageWeight('http://localhost:4321/web-operations/senior/');
//
// or from the command line: node bench/page-weight.mjs <url> [<url> …]  (prints JSON)
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import { chromium } from '@playwright/test';
import { chromiumArgs, findChromium } from '../tests/support/chromium.mjs';

/** Sizes of one body: as served, gzip -9 and brotli -11. */
function sizes(body) {
  return {
    raw: body.length,
    gzip: gzipSync(body, { level: 9 }).length,
    brotli: brotliCompressSync(body, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length,
  };
}

const sum = (items, key) => items.reduce((total, item) => total + item[key], 0);

/**
 * Loads `url` in Chromium and measures it. Pass `browser` to reuse one across pages.
 * @param {string} url
 * @param {{ browser?: import('@playwright/test').Browser, viewport?: { width: number, height: number } }} [options]
 * @returns {Promise<{ url: string, requests: number, bytes: { raw: number, gzip: number, brotli: number },
 *   js: { raw: number, gzip: number, brotli: number, files: number, inline: number }, atLoad: { requests: number, brotli: number },
 *   cls: number, fcpMs: number | null,
 *   resources: { url: string, type: string, raw: number, gzip: number, brotli: number }[] }>}
 */
export async function measurePageWeight(url, { browser, viewport = { width: 390, height: 844 } } = {}) {
  const executablePath = findChromium();
  const ownBrowser = browser ? undefined : await chromium.launch({ args: chromiumArgs, ...(executablePath ? { executablePath } : {}) });
  const context = await (browser ?? ownBrowser).newContext({ viewport });
  try {
    const page = await context.newPage();
    // Record layout shifts from the very start, as the Core Web Vitals CLS does (shifts right after input excluded).
    await page.addInitScript(() => {
      const record = window;
      record.__cls = 0;
      new PerformanceObserver((list) => {
        for (const entry of list.getEntries()) if (!entry.hadRecentInput) record.__cls += entry.value;
      }).observe({ type: 'layout-shift', buffered: true });
    });
    const responses = [];
    page.on('response', (response) => responses.push(response));
    let atLoad = 0;
    page.once('load', () => (atLoad = responses.length));
    await page.goto(url, { waitUntil: 'networkidle' });
    await page.waitForTimeout(500); // let late shifts (fonts, images) land before reading CLS
    const resources = [];
    for (const response of responses) {
      const body = await response.body().catch(() => Buffer.alloc(0));
      resources.push({ url: response.url(), type: response.request().resourceType(), ...sizes(body) });
    }
    const icon = await page.evaluate(() => document.querySelector('link[rel~="icon"]')?.href ?? null);
    if (icon && !resources.some((resource) => resource.url === icon)) {
      const body = Buffer.from(await (await fetch(icon)).arrayBuffer());
      resources.push({ url: icon, type: 'favicon', ...sizes(body) });
    }
    const inlineScripts = await page.evaluate(() =>
      [...document.querySelectorAll('script:not([src])')].map((script) => script.textContent ?? ''),
    );
    const scriptFiles = resources.filter((resource) => resource.type === 'script');
    const inline = inlineScripts.map((text) => sizes(Buffer.from(text)));
    // Inline scripts travel inside the page's HTML, compressed with it: together, not one by one.
    const inlineTogether = sizes(Buffer.from(inlineScripts.join('\n')));
    const cls = await page.evaluate(() => window.__cls);
    const fcp = await page.evaluate(() => performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? null);
    const loadBytes = resources.slice(0, atLoad);
    return {
      url,
      requests: resources.length,
      bytes: { raw: sum(resources, 'raw'), gzip: sum(resources, 'gzip'), brotli: sum(resources, 'brotli') },
      js: {
        raw: sum(scriptFiles, 'raw') + sum(inline, 'raw'),
        gzip: sum(scriptFiles, 'gzip') + sum(inline, 'gzip'),
        brotli: sum(scriptFiles, 'brotli') + (inlineScripts.length ? inlineTogether.brotli : 0),
        files: scriptFiles.length,
        inline: inlineScripts.length,
      },
      atLoad: { requests: atLoad, brotli: sum(loadBytes, 'brotli') },
      cls: Math.round(cls * 10_000) / 10_000,
      fcpMs: fcp,
      resources,
    };
  } finally {
    await context.close();
    await ownBrowser?.close();
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const urls = process.argv.slice(2);
  if (urls.length === 0) {
    console.error('Usage: node bench/page-weight.mjs <url> [<url> …]');
    process.exit(1);
  }
  const executablePath = findChromium();
  const browser = await chromium.launch({ args: chromiumArgs, ...(executablePath ? { executablePath } : {}) });
  try {
    for (const url of urls) console.log(JSON.stringify(await measurePageWeight(url, { browser }), null, 2));
  } finally {
    await browser.close();
  }
}
