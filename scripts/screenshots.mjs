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

/** The first built page under a folder of dist/, as a URL path, e.g. `/compare/a-vs-b/`. */
function firstPageUnder(folder) {
  const dir = join(dist, folder);
  if (!existsSync(dir)) return undefined;
  if (existsSync(join(dir, 'index.html'))) return `/${folder}/`;
  const child = readdirSync(dir, { withFileTypes: true }).find((entry) => entry.isDirectory() && existsSync(join(dir, entry.name, 'index.html')));
  return child && `/${folder}/${child.name}/`;
}

const candidates = [
  { name: 'home', path: '/' },
  { name: 'level', path: '/web-operations/principal/' },
  { name: 'compare', path: firstPageUnder('compare') },
  { name: 'search', path: existsSync(join(dist, 'search', 'index.html')) ? '/search/?q=deploy' : undefined },
];
const pages = candidates.filter((page) => page.path && existsSync(join(dist, page.path.split('?')[0], 'index.html')));
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

if (!existsSync(join(dist, 'index.html'))) throw new Error('No build in dist/: run `npm run build` first.');
mkdirSync(outDir, { recursive: true });
const server = await serve();
const executablePath = findChromium();
const browser = await chromium.launch({ args: chromiumArgs, ...(executablePath ? { executablePath } : {}) });
try {
  for (const device of devices) {
    for (const theme of themes) {
      const context = await browser.newContext({ ...device, colorScheme: theme, reducedMotion: 'reduce' });
      const page = await context.newPage();
      for (const { name, path } of pages) {
        await page.goto(origin + path, { waitUntil: 'networkidle' });
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
