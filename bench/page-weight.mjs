// What a visitor's browser fetches for one page: bytes over the wire, requests, JavaScript,
// first contentful paint and layout shift, measured in Chromium through the DevTools protocol.
import { chromium } from '@playwright/test';
import { chromiumArgs } from '../tests/support/chromium.mjs';

/**
 * Loads `url` in a fresh browser and reports what it fetched by the load event and once the
 * page has been idle for a second (nothing is clicked or typed: "until the user reaches for search").
 */
export async function measurePageWeight({ url, chromePath }) {
  const browser = await chromium.launch({ executablePath: chromePath, args: chromiumArgs });
  try {
    const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
    const page = await context.newPage();
    const cdp = await context.newCDPSession(page);
    await cdp.send('Network.enable');
    await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
    const requests = new Map();
    cdp.on('Network.requestWillBeSent', ({ requestId, request, type }) => requests.set(requestId, { url: request.url, type, bytes: 0 }));
    cdp.on('Network.loadingFinished', ({ requestId, encodedDataLength }) => {
      const entry = requests.get(requestId);
      if (entry) entry.bytes = encodedDataLength;
    });
    await page.addInitScript(() => {
      window.__cls = 0;
      new PerformanceObserver((list) => {
        for (const entry of list.getEntries()) if (!entry.hadRecentInput) window.__cls += entry.value;
      }).observe({ type: 'layout-shift', buffered: true });
    });
    await page.goto(url, { waitUntil: 'load' });
    const atLoad = summarise(requests);
    // The favicon is fetched by the browser outside the page's own network log in headless
    // mode; fetch it as a visitor's browser would, so that it counts.
    const favicon = await page.evaluate(() => document.querySelector('link[rel~="icon"]')?.href);
    await page.waitForLoadState('networkidle');
    await page.waitForTimeout(1000);
    if (favicon && ![...requests.values()].some((request) => request.url === favicon)) {
      const response = await page.request.get(favicon, { headers: { 'accept-encoding': 'br, gzip' } });
      requests.set('favicon', { url: favicon, type: 'Other', bytes: (await response.body()).length + 200 });
    }
    const idle = summarise(requests);
    const { fcp, cls } = await page.evaluate(() => ({
      fcp: performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? null,
      cls: window.__cls,
    }));
    return { atLoad, idle, fcpMs: fcp, cls, urls: [...requests.values()].map((request) => request.url) };
  } finally {
    await browser.close();
  }
}

function summarise(requests) {
  const list = [...requests.values()];
  return {
    requests: list.length,
    bytes: list.reduce((sum, request) => sum + request.bytes, 0),
    jsBytes: list.filter((request) => request.type === 'Script' || /\.m?js(\?|$)/.test(request.url)).reduce((sum, request) => sum + request.bytes, 0),
  };
}
