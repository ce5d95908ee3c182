// Lighthouse's four category scores for one page, and its first contentful paint, in the system Chromium.
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import desktopConfig from 'lighthouse/core/config/desktop-config.js';
import { chromiumArgs } from '../tests/support/chromium.mjs';

const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'];

/**
 * Lighthouse's scores for `url` as `mobile` or `desktop`: the run with the median performance
 * score of `runs`, since on a small, busy machine a single run's timing metrics are noisy.
 */
export async function lighthouseScores({ url, formFactor, chromePath, runs = 3 }) {
  const results = [];
  for (let run = 0; run < runs; run++) results.push(await lighthouseOnce({ url, formFactor, chromePath }));
  return results.sort((a, b) => a.performance - b.performance)[Math.floor(runs / 2)];
}

/** One Lighthouse run: { performance, accessibility, 'best-practices', seo } (0–100), fcpMs and the audits that cost points. */
async function lighthouseOnce({ url, formFactor, chromePath }) {
  const chrome = await chromeLauncher.launch({
    chromePath,
    chromeFlags: ['--headless=new', '--no-sandbox', ...chromiumArgs],
  });
  try {
    const result = await lighthouse(
      url,
      { port: chrome.port, output: 'json', logLevel: 'error', onlyCategories: CATEGORIES },
      formFactor === 'desktop' ? desktopConfig : undefined,
    );
    const { categories, audits } = result.lhr;
    // The audits that cost points: weighted in a category and not passed in full.
    const weighted = new Set(CATEGORIES.flatMap((id) => categories[id]?.auditRefs.filter((ref) => ref.weight > 0).map((ref) => ref.id) ?? []));
    const failing = [...weighted].filter((id) => audits[id]?.score !== null && audits[id]?.score < 1);
    // First contentful paint as Lighthouse simulates it (slow 4G on mobile): the first paint target.
    const fcpMs = audits['first-contentful-paint']?.numericValue ?? NaN;
    return { ...Object.fromEntries(CATEGORIES.map((id) => [id, Math.round((categories[id]?.score ?? 0) * 100)])), fcpMs, failing };
  } finally {
    chrome.kill();
  }
}
