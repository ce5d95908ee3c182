import type { Page } from '@playwright/test';
import { expect, test } from '../support/test.ts';
import { ladderJsonSchema } from '../../src/lib/ladder-json.ts';
import { seedLevels } from '../support/seed.ts';

const seed = seedLevels();
const seedText = (title: string) => seed.find((level) => level.title === title)!.paragraphs;
const teamwork = 'you-have-excellent-teamwork-skills-and';

/**
 * The address copy-link gives for the page: its canonical URL (SITE_URL, the base path and the
 * page's path), or without SITE_URL (as `npm test` builds) the address it was opened at.
 */
const canonicalOf = async (page: Page) =>
  (await page.locator('link[rel="canonical"]').count()) > 0 ? page.locator('link[rel="canonical"]').getAttribute('href') : page.url().replace(/[?#].*$/, '');

test.describe('copy-link controls', () => {
  test.use({ permissions: ['clipboard-read', 'clipboard-write'] });

  test('copy the absolute URL of a paragraph from the keyboard and say so politely', async ({ page, baseURL }) => {
    await page.goto('web-operations/senior/');
    const canonical = await canonicalOf(page);
    // SITE_URL, then the base path (/ or /ladder/), then the level.
    expect(canonical).toMatch(new RegExp(`^https?://[^/]+${new URL(baseURL!).pathname}web-operations/senior/$`));
    const control = page.getByRole('link', { name: 'Copy link to “You have excellent teamwork skills, and…”' });
    await expect(control).toBeVisible();
    await control.focus();
    await page.keyboard.press('Enter');
    const status = page.getByRole('status');
    await expect(status).toHaveText(`Link copied: ${canonical}#${teamwork}`);
    await expect(status).toHaveAttribute('aria-live', 'polite');
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(`${canonical}#${teamwork}`);
  });

  test("copy the level's own URL from beside its title", async ({ page }) => {
    await page.goto('web-operations/junior/');
    await page.getByRole('link', { name: 'Copy link to Junior Engineer' }).click();
    const canonical = await canonicalOf(page);
    await expect(page.getByRole('status')).toHaveText(`Link copied: ${canonical}`);
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(canonical);
  });

  test('without SOURCE_URL (as `npm test` builds) copy and open no menu: the page loads no code for one', async ({ page }) => {
    await page.goto('web-operations/senior/');
    await page.getByRole('link', { name: 'Copy link to “You have excellent teamwork skills, and…”' }).click();
    await expect(page.getByRole('status')).toHaveText(/^Link copied: /);
    await expect(page.getByRole('menu')).toHaveCount(0);
    expect(await page.locator('script[src*="ExpectationMenu"]').count()).toBe(0);
  });

  test('without JavaScript are plain links to the paragraph', async ({ browser, baseURL }) => {
    const context = await browser.newContext({ javaScriptEnabled: false, baseURL: baseURL! });
    const page = await context.newPage();
    await page.goto('web-operations/senior/');
    await page.getByRole('link', { name: 'Copy link to “You have excellent teamwork skills, and…”' }).click();
    await expect(page).toHaveURL(new RegExp(`/web-operations/senior/#${teamwork}$`));
    await context.close();
  });

  test("on the pages that show several levels, copy an expectation's address on its own level page", async ({ page, baseURL }) => {
    const levelAddress = `${new URL(baseURL!).pathname}web-operations/senior/#${teamwork}`;
    for (const pagePath of ['web-operations/compare/junior...senior/', 'web-operations/all/', `web-operations/compare/?a=senior&b=principal`]) {
      await page.goto(pagePath);
      const control = page.locator(`[id="senior--${teamwork}"] > a.copy-link`);
      await expect(control, pagePath).toHaveAccessibleName('Copy link to “You have excellent teamwork skills, and…”');
      await expect(control, pagePath).toHaveAttribute('href', levelAddress);
      await control.click();
      const copied = new URL(levelAddress, (await canonicalOf(page)) ?? page.url()).href;
      await expect(page.getByRole('status')).toHaveText(`Link copied: ${copied}`);
      expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(copied);
    }
  });

  test('on the pages that show several levels, without JavaScript: the text alone, each level linked', async ({ browser, baseURL }) => {
    const context = await browser.newContext({ javaScriptEnabled: false, baseURL: baseURL! });
    const page = await context.newPage();
    for (const pagePath of ['web-operations/compare/junior...senior/', 'web-operations/all/']) {
      await page.goto(pagePath);
      await expect(page.locator(`[id="senior--${teamwork}"]`), pagePath).toContainText('You have excellent teamwork skills');
      await expect(page.locator('main [id*="--"] a.copy-link'), pagePath).toHaveCount(0);
      await expect(page.locator(`main a[href$="web-operations/senior/"]`).first(), pagePath).toBeVisible();
    }
    await context.close();
  });
});

for (const viewport of [
  { width: 1280, height: 800 },
  { width: 390, height: 700 },
]) {
  test(`a paragraph URL scrolls to the paragraph and marks it (${viewport.width}px wide)`, async ({ page }) => {
    await page.setViewportSize(viewport);
    await page.goto(`web-operations/senior/#${teamwork}`);
    const target = page.locator('p:target');
    await expect(target).toHaveAttribute('id', teamwork);
    await expect(target).toBeInViewport();
    const background = await target.evaluate((element) => getComputedStyle(element).backgroundColor);
    const plain = await page.locator('.level-text p:not(:target)').first().evaluate((element) => getComputedStyle(element).backgroundColor);
    expect(background).not.toBe(plain);
  });
}

test.describe('comparing levels', () => {
  test('a level page links to the comparison with the next level, which shows both texts', async ({ page }) => {
    await page.goto('web-operations/junior/');
    await page.getByRole('link', { name: 'Compare with Senior Engineer' }).click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Junior Engineer → Senior Engineer');
    const comparison = page.getByRole('region', { name: 'Junior Engineer and Senior Engineer' });
    for (const paragraph of [...seedText('Junior Engineer'), ...seedText('Senior Engineer')]) await expect(comparison).toContainText(paragraph);
    await expect(comparison.locator('.compare-head')).toHaveText(['Junior Engineer', 'Senior Engineer']);
  });

  test('sit side by side on a wide screen', async ({ page }) => {
    await page.setViewportSize({ width: 1280, height: 900 });
    await page.goto('web-operations/compare/junior...senior/');
    const [a, b] = await Promise.all([page.locator('.compare-a.compare-cell').first().boundingBox(), page.locator('.compare-b.compare-cell').first().boundingBox()]);
    expect(b!.x).toBeGreaterThan(a!.x + a!.width);
    await expect(page.locator('.compare-label').first()).not.toBeInViewport();
  });

  test('interleave on a narrow screen, each block labelled with its level', async ({ page }) => {
    await page.setViewportSize({ width: 390, height: 800 });
    await page.goto('web-operations/compare/junior...senior/');
    const cells = page.locator('.compare-cell:not(.compare-empty)');
    const [a, b] = await Promise.all([cells.nth(0).boundingBox(), cells.nth(1).boundingBox()]);
    expect(b!.y).toBeGreaterThan(a!.y + a!.height - 1);
    await expect(cells.nth(0).locator('.compare-label')).toBeVisible();
    await expect(cells.nth(0).locator('.compare-label')).toHaveText('Junior Engineer');
    await expect(cells.nth(1).locator('.compare-label')).toHaveText('Senior Engineer');
  });

  test("the track's compare page shows any pair named in its URL", async ({ page }) => {
    await page.goto('web-operations/compare/?a=trainee&b=lead');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Trainee/Intern → Lead Engineer');
    const comparison = page.getByRole('region', { name: 'Trainee/Intern and Lead Engineer' });
    for (const paragraph of [...seedText('Trainee/Intern'), ...seedText('Lead Engineer')]) await expect(comparison).toContainText(paragraph);
    await expect(page.getByLabel('First level')).toHaveValue('trainee');
    await expect(page.getByLabel('Second level')).toHaveValue('lead');
  });

  test("a level's \"Compare with another level\" picks that level first", async ({ page }) => {
    await page.goto('web-operations/senior/');
    await page.getByRole('link', { name: 'Compare with another level' }).click();
    await expect(page.getByLabel('First level')).toHaveValue('senior');
    // …and the level it advances to.
    await expect(page.getByLabel('Second level')).toHaveValue('principal');
    await page.getByLabel('Second level').selectOption({ label: 'Lead Engineer' });
    await page.getByRole('button', { name: 'Compare' }).click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Senior Engineer → Lead Engineer');
    await expect(page.getByRole('region', { name: 'Senior Engineer and Lead Engineer' })).toContainText(seedText('Lead Engineer')[0]!);
  });

  test("the track's compare page names a level it does not know", async ({ page }) => {
    await page.goto('web-operations/compare/?a=trainee&b=wizard');
    await expect(page.getByRole('alert')).toHaveText('This track has no level “wizard”. Choose two of its levels above.');
  });

  test("the track's compare page starts with the two lowest levels and says nothing about JavaScript while it runs", async ({ page }) => {
    await page.goto('web-operations/compare/');
    await expect(page.getByLabel('First level')).toHaveValue('trainee');
    await expect(page.getByLabel('Second level')).toHaveValue('junior');
    await expect(page.getByText('Choose two levels and press Compare to see them side by side.', { exact: true })).toBeVisible();
    await expect(page.getByText(/needs JavaScript/)).toBeHidden();
  });

  test("the track's compare page refuses to compare a level with itself", async ({ page }) => {
    await page.goto('web-operations/compare/?a=senior&b=senior');
    await expect(page.getByRole('alert')).toHaveText('Both choices are “Senior Engineer”: choose two different levels to compare.');
    await expect(page.locator('.compare-grid')).toHaveCount(0);
  });

  test("the track's compare page puts a pair named downwards into ladder order, and says so", async ({ page }) => {
    await page.goto('web-operations/compare/?a=lead&b=trainee');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Trainee/Intern → Lead Engineer');
    await expect(page.getByRole('status').filter({ hasText: 'ladder order' })).toHaveText(
      'Shown in ladder order: Trainee/Intern, the lower level, first, then Lead Engineer.',
    );
    await expect(page.locator('.compare-head')).toHaveText(['Trainee/Intern', 'Lead Engineer']);
    await expect(page.getByLabel('First level')).toHaveValue('trainee');
    await expect(page.getByLabel('Second level')).toHaveValue('lead');
  });

  test('a track whose only level is to be defined links to no page that would be empty', async ({ page }) => {
    await page.goto('management/');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Management');
    await expect(page.getByRole('link', { name: 'Compare two levels' })).toHaveCount(0);
    await expect(page.getByRole('link', { name: 'Every level on one page' })).toHaveCount(0);
    await page.goto('web-operations/');
    await expect(page.getByRole('link', { name: 'Compare two levels' })).toBeVisible();
    await expect(page.getByRole('link', { name: 'Every level on one page' })).toBeVisible();
  });

  test('levels without sections get no competency matrix, nor a link to one', async ({ page, request }) => {
    await page.goto('web-operations/');
    await expect(page.getByRole('link', { name: /matrix/i })).toHaveCount(0);
    await page.goto('web-operations/senior/');
    await expect(page.getByRole('link', { name: /matrix/i })).toHaveCount(0);
    expect((await request.get('web-operations/matrix/')).status()).toBe(404);
  });

  test("without JavaScript the track's compare page links to the levels", async ({ browser, baseURL }) => {
    const context = await browser.newContext({ javaScriptEnabled: false, baseURL: baseURL! });
    const page = await context.newPage();
    await page.goto('web-operations/compare/?a=junior&b=lead');
    const region = page.getByRole('region', { name: 'Two levels of Web Operations' });
    await expect(region.getByText(/needs JavaScript/)).toBeVisible();
    await region.getByRole('link', { name: 'Lead Engineer' }).click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Lead Engineer');
    await context.close();
  });
});

test('the whole-track page has every level of Web Operations in rank order, with its full text', async ({ page }) => {
  await page.goto('web-operations/');
  await page.getByRole('link', { name: 'Every level on one page' }).click();
  await expect(page.locator('.track-level h2')).toHaveText(seed.map((level) => level.title));
  for (const level of seed) {
    const section = page.getByRole('region', { name: level.title });
    for (const paragraph of level.paragraphs) await expect(section).toContainText(paragraph);
  }
});

test.describe('printing', () => {
  test('a level prints without navigation or buttons, with its URL, the build date and link addresses', async ({ page }) => {
    await page.goto('web-operations/senior/');
    await page.emulateMedia({ media: 'print' });
    await expect(page.getByRole('navigation', { name: 'Breadcrumb' })).toBeHidden();
    await expect(page.locator('.site-header')).toBeHidden();
    await expect(page.getByRole('complementary')).toBeHidden();
    await expect(page.locator('.copy-link').first()).toBeHidden();
    await expect(page.getByRole('link', { name: 'Compare with Principal Engineer' })).toBeHidden();
    const meta = page.locator('.print-meta');
    await expect(meta).toBeVisible();
    // The page's published address, or none when the build had no SITE_URL: never a localhost one.
    const canonicalLink = page.locator('link[rel="canonical"]');
    const canonical = (await canonicalLink.count()) > 0 ? await canonicalLink.getAttribute('href') : null;
    if (!canonical) await expect(meta).toHaveText(/^Built on 20/);
    else await expect(meta).toContainText(`${canonical} · Built on 20`);
    // A link within the site prints its published address, origin and all; without SITE_URL none.
    const link = page.locator('.advancement a').first();
    const after = await link.evaluate((element) => getComputedStyle(element, '::after').content);
    if (!canonical) expect(after).toBe('none');
    else expect(after).toBe(`" (${new URL(canonical).origin}${await link.getAttribute('href')})"`);
    await page.emulateMedia({ media: 'screen' });
    await expect(meta).toBeHidden();
  });

  test('the whole-track page starts each level on a new page', async ({ page }) => {
    await page.goto('web-operations/all/');
    await page.emulateMedia({ media: 'print' });
    const breaks = await page.locator('.track-level').evaluateAll((sections) => sections.map((section) => getComputedStyle(section).breakBefore));
    expect(breaks).toEqual(seed.map(() => 'page'));
  });
});

test('ladder.json validates against its schema and lists every level with its paragraphs', async ({ request }) => {
  const response = await request.get('ladder.json');
  expect(response.ok()).toBe(true);
  const json = ladderJsonSchema.parse(await response.json());
  const webOps = json.tracks.find((track) => track.id === 'web-operations')!;
  expect(webOps.levels.map((level) => level.title)).toEqual(seed.map((level) => level.title));
  for (const level of seed) {
    const listed = webOps.levels.find((candidate) => candidate.title === level.title)!;
    expect(listed.paragraphs.map((paragraph) => paragraph.text)).toEqual(level.paragraphs);
    expect(json.urls).toContain(listed.url);
  }
  const manager = json.tracks.find((track) => track.id === 'management')!.levels[0]!;
  expect(manager).toMatchObject({ title: 'Manager Web Operations', tbd: true, url: null });
});

test('every page has a title and description for link previews, and a canonical URL only when SITE_URL says where it is published', async ({ page, request, baseURL }) => {
  const json = ladderJsonSchema.parse(await (await request.get('ladder.json')).json());
  expect(json.urls.length).toBeGreaterThanOrEqual(15);
  for (const url of json.urls) {
    const path = url.slice(json.site.length);
    await page.goto(new URL(path, baseURL).href);
    await expect(page.locator('meta[property="og:title"]'), path).toHaveAttribute('content', /\S/);
    await expect(page.locator('meta[property="og:description"]'), path).toHaveAttribute('content', /\S/);
    await expect(page.locator('meta[name="twitter:card"]'), path).toHaveAttribute('content', 'summary');
    // `npm test` builds without SITE_URL: then no page claims a localhost address as its own.
    if (json.site.startsWith('http://localhost:4321/')) await expect(page.locator('link[rel="canonical"]'), path).toHaveCount(0);
    else await expect(page.locator('link[rel="canonical"]'), path).toHaveAttribute('href', url);
  }
});
