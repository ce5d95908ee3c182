import { chromium } from '@playwright/test';
import { readFileSync, rmSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { ladderJsonSchema } from '../../src/lib/ladder-json.ts';
import { buildSite } from '../support/build.ts';
import { chromiumLaunchOptions } from '../support/chromium.mjs';
import { serveStatic } from '../support/static-server.ts';

const env = { SITE_URL: 'https://ladder.example.com', BASE_PATH: '/ladder/' };

describe('a ladder with renamed levels, built under a base path', () => {
  let outDir = '';
  const read = (file: string) => readFileSync(path.join(outDir, file), 'utf8');

  beforeAll(() => {
    const build = buildSite('tests/fixtures/renamed-ladder', 'renamed-ladder', env);
    expect(build.status, build.output).toBe(0);
    outDir = build.outDir;
  });

  test('each old address is a redirect page with a meta refresh, a canonical link and a visible link', () => {
    for (const old of ['ops/mid', 'legacy/senior']) {
      const html = read(`${old}/index.html`);
      expect(html).toContain('<meta http-equiv="refresh" content="0; url=/ladder/ops/senior/">');
      expect(html).toContain('<link rel="canonical" href="https://ladder.example.com/ladder/ops/senior/">');
      expect(html).toMatch(/<a href="\/ladder\/ops\/senior\/"[^>]*>https:\/\/ladder\.example\.com\/ladder\/ops\/senior\/<\/a>/);
    }
  });

  test('the sitemap lists the pages but not the redirects, and robots.txt points at it', () => {
    const sitemap = read('sitemap-0.xml');
    expect(sitemap).toContain('<loc>https://ladder.example.com/ladder/ops/senior/</loc>');
    expect(sitemap).not.toContain('/ops/mid/');
    expect(read('robots.txt')).toContain('Sitemap: https://ladder.example.com/ladder/sitemap-index.xml');
  });

  test('ladder.json lists the old addresses and the explicit paragraph id', () => {
    const json = ladderJsonSchema.parse(JSON.parse(read('ladder.json')));
    const senior = json.tracks[0]!.levels.find((level) => level.id === 'ops/senior')!;
    expect(senior.aliases).toEqual(['https://ladder.example.com/ladder/ops/mid/', 'https://ladder.example.com/ladder/legacy/senior/']);
    expect(senior.paragraphs.map((paragraph) => paragraph.url)).toEqual([
      'https://ladder.example.com/ladder/ops/senior/#you-work-on-your-own-and',
      'https://ladder.example.com/ladder/ops/senior/#reviews',
    ]);
  });

  describe('in a browser', () => {
    let server: Awaited<ReturnType<typeof serveStatic>>;
    let browser: Awaited<ReturnType<typeof chromium.launch>>;
    beforeAll(async () => {
      server = await serveStatic(outDir, '/ladder/');
      browser = await chromium.launch(chromiumLaunchOptions());
    });
    afterAll(async () => {
      await browser?.close();
      await server?.stop();
    });

    test('an old paragraph link lands on the level under its new name, at that paragraph', async () => {
      const page = await browser.newPage();
      await page.goto(`${server.origin}/ladder/ops/mid/#you-work-on-your-own-and`);
      await page.waitForURL(`${server.origin}/ladder/ops/senior/#you-work-on-your-own-and`);
      expect(await page.locator('h1').innerText()).toBe('Senior Engineer');
      expect(await page.locator('p:target').innerText()).toContain('You work on your own');
    });

    test('a printed level writes the published address after each link within the site, origin and base path included', async () => {
      const page = await browser.newPage();
      await page.goto(`${server.origin}/ladder/ops/junior/`);
      await page.emulateMedia({ media: 'print' });
      const link = page.locator('.advancement a').first();
      const after = await link.evaluate((element) => getComputedStyle(element, '::after').content);
      expect(after).toBe(`" (https://ladder.example.com${await link.getAttribute('href')})"`);
      expect(after).toContain('https://ladder.example.com/ladder/ops/');
      await page.close();
    });

    test('without JavaScript an old address still lands on the new page', async () => {
      const context = await browser.newContext({ javaScriptEnabled: false });
      const page = await context.newPage();
      await page.goto(`${server.origin}/ladder/legacy/senior/`);
      await page.waitForURL(`${server.origin}/ladder/ops/senior/`);
      expect(await page.locator('h1').innerText()).toBe('Senior Engineer');
      await context.close();
    });
  });
});

test('a build that would lose a published URL fails, naming every such URL and how to keep it', () => {
  const { status, output, outDir } = buildSite('tests/fixtures/published-urls-broken', 'published-urls-broken');
  rmSync(outDir, { recursive: true, force: true });
  expect(status).not.toBe(0);
  expect(output).toContain('2 published URLs of tests/fixtures/published-urls-broken/published-urls.txt would stop working');
  expect(output).toContain('/ops/lead/\n  no page has this address any more.');
  expect(output).toContain('/ops/senior/#you-mentor-others\n  the page /ops/senior/ has no paragraph, bullet or heading with the id "you-mentor-others" any more.');
  expect(output).toContain('How to fix: End the paragraph, bullet or heading that replaced it with {#you-mentor-others}');
});

test('MDX levels keep their components and styles on the whole-track and compare pages, and in ladder.json', () => {
  const { status, output, outDir } = buildSite('tests/fixtures/mdx-ladder', 'mdx-ladder-reviews');
  expect(status, output).toBe(0);
  for (const page of ['platform/all/index.html', 'platform/compare/engineer...staff/index.html']) {
    const html = readFileSync(path.join(outDir, page), 'utf8');
    expect(html, page).toMatch(/<aside class="callout[^"]*"[^>]*aria-label="On-call"/);
    // The callout's scoped style is in the stylesheet the page links.
    const stylesheets = [...html.matchAll(/<link rel="stylesheet" href="\/([^"]+)"/g)].map((match) => readFileSync(path.join(outDir, match[1]!), 'utf8'));
    expect(stylesheets.join(''), page).toMatch(/\.callout\.astro-[a-z0-9]+\{/);
  }
  const levels = JSON.parse(readFileSync(path.join(outDir, 'platform/compare/levels.json'), 'utf8')).levels;
  expect(levels.map((level: { slug: string }) => level.slug)).toEqual(['engineer', 'staff']);
  const json = ladderJsonSchema.parse(JSON.parse(readFileSync(path.join(outDir, 'ladder.json'), 'utf8')));
  expect(json.tracks[0]!.levels[1]!.paragraphs).toEqual([
    { id: 'you-shape-the-platforms-direction-across', text: "You shape the platform's direction across teams.", url: 'http://localhost:4321/platform/staff/#you-shape-the-platforms-direction-across' },
  ]);
});
