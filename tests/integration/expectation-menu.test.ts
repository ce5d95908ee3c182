/**
 * "Suggest a change" for one expectation (issue #15), in a browser over a ladder built with
 * SOURCE_URL (and SITE_URL and a base path): copying an expectation's link still copies it and
 * also opens the copy-link control's menu, whose "Suggest a change to this expectation" opens a
 * new issue prefilled with the level and the expectation's permalink. The menu works from the
 * keyboard, closes on Escape, a click elsewhere or tabbing away, and passes the WCAG checks in
 * both themes. Without JavaScript the level-wide link remains; pages without the source links
 * load none of the menu's code (the default build's budget: tests/e2e/layout-budget.spec.ts).
 */
import AxeBuilder from '@axe-core/playwright';
import { chromium, type Browser, type BrowserContext, type Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { buildSite } from '../support/build.ts';
import { chromiumLaunchOptions } from '../support/chromium.mjs';
import { serveStatic } from '../support/static-server.ts';

const env = { SITE_URL: 'https://ladder.example.com', BASE_PATH: '/ladder/', SOURCE_URL: 'https://github.com/acme/ladder' };
const LEVEL = 'https://ladder.example.com/ladder/engineering/l1/';
const BULLET = 'Copy link to “Responds to code review comments promptly…”';
const PARAGRAPH = 'Copy link to “Engineers at this level are expected…”';
const SUGGEST = 'Suggest a change to this expectation';

let outDir = '';
let server: Awaited<ReturnType<typeof serveStatic>>;
let browser: Browser;
let context: BrowserContext;
/** What must never happen on a page: a request to another origin, a console error, a CSP violation. */
const problems: string[] = [];

beforeAll(async () => {
  const build = buildSite('tests/fixtures/structured-ladder', 'expectation-menu', env);
  expect(build.status, build.output).toBe(0);
  outDir = build.outDir;
  server = await serveStatic(outDir, '/ladder/');
  browser = await chromium.launch(chromiumLaunchOptions());
});
afterAll(async () => {
  await browser?.close();
  await server?.stop();
});

/** A fresh page of the level, allowed to use the clipboard, watched for problems. */
async function openLevel(options: { javaScriptEnabled?: boolean } = {}): Promise<Page> {
  context = await browser.newContext({ ...options, permissions: ['clipboard-read', 'clipboard-write'] });
  context.setDefaultTimeout(5_000);
  const page = await context.newPage();
  await page.route(
    (url) => url.origin !== server.origin,
    async (route) => {
      problems.push(`request to ${route.request().url()}`);
      await route.abort('blockedbyclient');
    },
  );
  page.on('console', (message) => message.type() === 'error' && problems.push(message.text()));
  page.on('pageerror', (error) => problems.push(error.message));
  await page.goto(`${server.origin}/ladder/engineering/l1/`);
  return page;
}

/** The address of the menu's suggestion, read back. */
async function suggestion(page: Page) {
  const href = await page.getByRole('menuitem', { name: SUGGEST }).getAttribute('href');
  const url = new URL(href!);
  return { where: `${url.origin}${url.pathname}`, title: url.searchParams.get('title'), body: url.searchParams.get('body') };
}

describe('the copy-link menu of a level built with SOURCE_URL', () => {
  test('copying an expectation from the keyboard copies its link as before, and opens its menu on "Suggest a change to this expectation"', async () => {
    const page = await openLevel();
    const control = page.getByRole('link', { name: BULLET });
    await control.focus();
    await page.keyboard.press('Enter');
    const id = (await control.getAttribute('href'))!.slice(1);
    await expect.poll(() => page.getByRole('status').textContent()).toBe(`Link copied: ${LEVEL}#${id}`);
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(`${LEVEL}#${id}`);
    // The menu's code comes when the control is first reached for, so it opens a moment later.
    const menu = page.getByRole('menu', { name: '“Responds to code review comments promptly…”' });
    await menu.waitFor();
    const item = menu.getByRole('menuitem', { name: SUGGEST });
    expect(await item.evaluate((element) => element === document.activeElement)).toBe(true);
    // A new issue on GitHub: the level's title and address, the expectation's permalink
    // (SITE_URL and the base path) and its own text, without the bullets nested under it.
    const { where, title, body } = await suggestion(page);
    expect(where).toBe('https://github.com/acme/ladder/issues/new');
    expect(title).toBe('Suggestion for Software Engineer I: “Responds to code review comments promptly…”');
    expect(body).toBe(
      `Level: Software Engineer I\nPage: ${LEVEL}\nExpectation: ${LEVEL}#${id}\n\n> Responds to code review comments promptly and without defensiveness:\n\nWhat should change, and why:\n`,
    );
    await context.close();
  });

  test('a click opens it beside its control; Escape closes it and gives the control back its focus', async () => {
    const page = await openLevel();
    const control = page.getByRole('link', { name: PARAGRAPH }).first();
    await control.click();
    const menu = page.getByRole('menu');
    await menu.waitFor();
    // Just below (or above) the control, within the window.
    const [at, box] = [(await control.boundingBox())!, (await menu.boundingBox())!];
    expect(Math.abs(box.x - at.x)).toBeLessThan(2 * at.width + 4);
    expect(Math.min(Math.abs(box.y - (at.y + at.height)), Math.abs(box.y + box.height - at.y))).toBeLessThan(16);
    expect(box.x + box.width).toBeLessThanOrEqual(page.viewportSize()!.width);
    const { title, body } = await suggestion(page);
    expect(title).toBe('Suggestion for Software Engineer I: “Engineers at this level are expected…”');
    expect(body).toContain(`\nExpectation: ${LEVEL}#${(await control.getAttribute('href'))!.slice(1)}\n`);
    // Arrow keys stay on the menu's items.
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('End');
    expect(await page.evaluate(() => document.activeElement?.getAttribute('role'))).toBe('menuitem');
    await page.keyboard.press('Escape');
    await menu.waitFor({ state: 'hidden' });
    expect(await control.evaluate((element) => element === document.activeElement)).toBe(true);
    await context.close();
  });

  test('closes on a click elsewhere and on tabbing away, and opens again for the next expectation', async () => {
    const page = await openLevel();
    await page.getByRole('link', { name: BULLET }).click();
    await page.getByRole('menu').waitFor();
    await page.locator('h1').click();
    await page.getByRole('menu').waitFor({ state: 'hidden' });
    await page.getByRole('link', { name: BULLET }).focus();
    await page.keyboard.press('Enter');
    await page.getByRole('menu').waitFor();
    await page.keyboard.press('Tab');
    await page.getByRole('menu').waitFor({ state: 'hidden' });
    // Focus went on in the text, from where the menu was.
    expect(await page.evaluate(() => document.activeElement?.closest('.level-text') !== null)).toBe(true);
    const next = page.getByRole('link', { name: /^Copy link to “asks what a comment means/ });
    await next.click();
    await page.getByRole('menu', { name: /^“asks what a comment means/ }).waitFor();
    await context.close();
  });

  for (const theme of ['light', 'dark'] as const) {
    test(`the open menu passes the WCAG 2.2 A/AA checks in the ${theme} theme`, async () => {
      const page = await openLevel();
      await page.emulateMedia({ colorScheme: theme });
      await page.getByRole('link', { name: BULLET }).click();
      await page.getByRole('menu').waitFor();
      const results = await new AxeBuilder({ page }).include('.expectation-menu').withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']).analyze();
      expect(results.violations.map((violation) => `${violation.id}: ${violation.help}`)).toEqual([]);
      expect(results.passes.length).toBeGreaterThan(0);
      await context.close();
    });
  }

  test('without JavaScript there is no menu, and the level-wide "Suggest a change" link is prefilled with the level', async () => {
    const page = await openLevel({ javaScriptEnabled: false });
    expect(await page.getByRole('menu').count()).toBe(0);
    const url = new URL((await page.getByRole('link', { name: 'Suggest a change', exact: true }).getAttribute('href'))!);
    expect(url.searchParams.get('title')).toBe('Suggestion for Software Engineer I');
    expect(url.searchParams.get('body')).toContain(`Page: ${LEVEL}\n`);
    await context.close();
  });

  test("only level pages with the source links load the menu's loader, and it fetches the menu only when asked", async () => {
    const scripts = (file: string) => [...readFileSync(path.join(outDir, file), 'utf8').matchAll(/<script type="module"[^>]* src="([^"]+)"/g)].map((match) => match[1]);
    expect(scripts('engineering/l1/index.html').filter((src) => src!.includes('ExpectationMenu'))).toHaveLength(1);
    const page = await openLevel();
    const fetched: string[] = [];
    page.on('request', (request) => fetched.push(request.url()));
    await page.reload({ waitUntil: 'networkidle' });
    expect(fetched.filter((url) => url.includes('expectation-menu'))).toEqual([]);
    await page.getByRole('link', { name: BULLET }).hover();
    await expect.poll(() => fetched.filter((url) => url.includes('expectation-menu')).length).toBe(2);
    await context.close();
    expect(scripts('engineering/all/index.html').filter((src) => src!.includes('ExpectationMenu'))).toEqual([]);
    expect(scripts('index.html').filter((src) => src!.includes('ExpectationMenu'))).toEqual([]);
  });

  test('no request to another origin, console error or CSP violation on the way', () => {
    expect(problems).toEqual([]);
  });
});
