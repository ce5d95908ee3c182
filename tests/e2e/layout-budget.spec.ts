import { expect, test } from '../support/test.ts';
import { measurePageWeight } from '../../bench/page-weight.mjs';

// The budget for a page before the reader reaches for search, measured as a static host or CDN
// serves it (brotli; JavaScript counted compressed too, inline scripts together with the page).
// Byte and request counts, not timings: they do not vary between runs.
for (const [name, path] of [
  ['a level page', 'web-operations/principal/'],
  ['the home page', ''],
] as const) {
  test(`${name} stays within the budget: at most 4 requests, 10 KB compressed, 1 KB of JavaScript, no layout shift`, async ({
    browser,
    baseURL,
  }) => {
    const weight = await measurePageWeight(new URL(path, baseURL).href, { browser });
    // Soft: a failure reports every figure at once, with what was fetched.
    const fetched = weight.resources.map((resource) => `${resource.type} ${resource.url} ${resource.brotli} B`);
    expect.soft(weight.requests, fetched.join('\n')).toBeLessThanOrEqual(4);
    expect.soft(weight.bytes.brotli, fetched.join('\n')).toBeLessThanOrEqual(10 * 1024);
    expect.soft(weight.js.brotli).toBeGreaterThan(0);
    expect.soft(weight.js.brotli).toBeLessThanOrEqual(1024);
    expect.soft(weight.cls).toBe(0);
  });
}

// Chrome fetches module scripts at high priority unless told otherwise, and on a slow connection
// they then share it with the stylesheet the first paint waits for (src/lib/script-priority.ts).
// (A module a page's script imports is fetched at Chrome's own priority: the search and compare
// pages', which no attribute reaches; the pages read first import nothing.)
for (const [name, path] of [
  ['a level page', 'web-operations/principal/'],
  ['the home page', ''],
] as const) {
  test(`${name} fetches its scripts at low priority, after the stylesheet`, async ({ page, baseURL }) => {
    const cdp = await page.context().newCDPSession(page);
    await cdp.send('Network.enable');
    const fetched: { type: string; url: string; priority: string }[] = [];
    cdp.on('Network.requestWillBeSent', ({ type, request }) => fetched.push({ type: type ?? '', url: request.url, priority: request.initialPriority }));
    await page.goto(new URL(path, baseURL).href);
    await page.waitForLoadState('networkidle');
    const scripts = fetched.filter((request) => request.type === 'Script');
    expect(scripts.length, 'the page has scripts to check').toBeGreaterThan(0);
    expect(scripts.filter((request) => request.priority !== 'Low')).toEqual([]);
    expect(fetched.filter((request) => request.type === 'Stylesheet').map((request) => request.priority)).toContain('VeryHigh');
  });
}
