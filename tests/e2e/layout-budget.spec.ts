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
