// Screenshots of the built site for the README and reviews: `npm run screenshots` builds the
// site, serves it, and writes docs/screenshots/<page>-<theme>-<device>.png (viewport only, so
// the files stay small). Pages that do not exist in this build (e.g. no compare page yet) are skipped.
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { chromium } from '@playwright/test';
import { chromiumArgs, findChromium } from '../tests/support/chromium.mjs';

const port = Number(process.env.SCREENSHOT_PORT ?? 4339);
const origin = `http://localhost:${port}`;
const dist = 'dist';
const outDir = join('docs', 'screenshots');

if (!existsSync(join(dist, 'index.html'))) throw new Error('No build in dist/: run `npm run build` first.');

/** Every built page, as URL paths: `/`, `/web-operations/senior/`, … */
function builtPaths(dir = dist, prefix = '/') {
  const paths = existsSync(join(dir, 'index.html')) ? [prefix] : [];
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    if (entry.isDirectory() && !entry.name.startsWith('_') && entry.name !== 'pagefind') {
      paths.push(...builtPaths(join(dir, entry.name), `${prefix}${entry.name}/`));
    }
  }
  return paths;
}

const paths = builtPaths();
const candidates = [
  { name: 'home', path: '/' },
  // The seed ladder's Principal Engineer (it shows the branch), else the first level of another ladder.
  { name: 'level', path: paths.find((path) => path === '/web-operations/principal/') ?? paths.find((path) => /^\/[^/]+\/[^/]+\/$/.test(path)) },
  // Routes other parts of the site may add; whichever of them this build has.
  { name: 'compare', path: paths.find((path) => /\/compare\/./.test(path)) ?? paths.find((path) => path.endsWith('/compare/')) },
  { name: 'search', path: paths.find((path) => path === '/search/'), query: 'deployment' },
];
const pages = candidates.filter((page) => page.path && paths.includes(page.path));
const devices = [
  { name: 'desktop', viewport: { width: 1280, height: 800 } },
  { name: 'phone', viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true },
];
const themes = ['light', 'dark'];

/** Serves dist/ with `astro preview` and resolves once it answers. */
async function serve() {
  const server = spawn(process.execPath, ['node_modules/astro/bin/astro.mjs', 'preview', '--ignore-lock', '--port', String(port)], {
    stdio: 'ignore',
  });
  for (let attempt = 0; attempt < 100; attempt++) {
    try {
      if ((await fetch(origin)).ok) return server;
    } catch {
      // Not up yet.
    }
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  server.kill();
  throw new Error(`The preview server did not answer at ${origin}.`);
}

mkdirSync(outDir, { recursive: true });
const server = await serve();
const executablePath = findChromium();
const browser = await chromium.launch({ args: chromiumArgs, ...(executablePath ? { executablePath } : {}) });
try {
  for (const device of devices) {
    for (const theme of themes) {
      const context = await browser.newContext({ ...device, colorScheme: theme, reducedMotion: 'reduce' });
      const page = await context.newPage();
      for (const { name, path, query } of pages) {
        await page.goto(origin + path, { waitUntil: 'networkidle' });
        const searchBox = page.locator('main input[type="search"], main input[type="text"]').first();
        if (query && (await searchBox.count()) > 0) {
          await searchBox.fill(query);
          await page.waitForLoadState('networkidle');
          await page.waitForTimeout(500); // results render after the index answers
        }
        const file = join(outDir, `${name}-${theme}-${device.name}.png`);
        await page.screenshot({ path: file });
        console.log(`wrote ${file}`);
      }
      await context.close();
    }
  }
  const skipped = candidates.filter((candidate) => !pages.includes(candidate)).map((candidate) => candidate.name);
  if (skipped.length > 0) console.log(`skipped (not in this build): ${skipped.join(', ')}`);
} finally {
  await browser.close();
  server.kill();
}
