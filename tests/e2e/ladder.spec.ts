import type { Page } from '@playwright/test';
import { expect, test } from '../support/test.ts';
import { seedLevels } from '../support/seed.ts';

const seed = seedLevels();
const path = ['Trainee/Intern', 'Junior Engineer', 'Senior Engineer', 'Principal Engineer', 'Lead Engineer'];

/** Opens a level from the home page's ladder by its exact title. */
async function openLevelFromHome(page: Page, title: string) {
  await page.goto('./');
  await page.getByRole('link', { name: title, exact: true }).first().click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(title);
}

test('the seed has the five levels this suite walks through', () => {
  expect(seed.map((level) => level.title)).toEqual(path);
});

for (const level of seed) {
  test(`every sentence of ${level.title} appears verbatim on its page`, async ({ page }) => {
    await openLevelFromHome(page, level.title);
    const text = await page.locator('.level-text').innerText();
    for (const paragraph of level.paragraphs) expect(text).toContain(paragraph);
  });
}

test('Career advancement leads from Trainee/Intern to Lead Engineer, level by level', async ({ page }) => {
  await openLevelFromHome(page, 'Trainee/Intern');
  for (const [index, title] of path.entries()) {
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(title);
    await expect(page.getByText(`Level ${index + 1} of 5`)).toBeVisible();
    const next = path[index + 1];
    const advancement = page.locator('section', { has: page.getByRole('heading', { name: 'Career advancement' }) });
    if (!next) {
      await expect(advancement).toContainText('This is the top of the Web Operations track.');
      break;
    }
    // The seed's own "Career advancement" line names the level this page must link to.
    expect(seed[index]!.advancement).toContain(next);
    await advancement.getByRole('link', { name: next, exact: true }).click();
  }
});

test('Principal Engineer shows both paths, with the manager level marked as to be defined', async ({ page }) => {
  await openLevelFromHome(page, 'Principal Engineer');
  const advancement = page.locator('section', { has: page.getByRole('heading', { name: 'Career advancement' }) });
  await expect(advancement.getByRole('link', { name: 'Lead Engineer', exact: true })).toBeVisible();
  await expect(advancement).toContainText('Manager Web Operations');
  await expect(advancement).toContainText('To be defined');
  await expect(advancement.getByRole('link', { name: /Manager Web Operations/ })).toHaveCount(0);
});

test('the home ladder shows the branch at Principal', async ({ page }) => {
  await page.goto('./');
  const rungs = page.getByRole('list', { name: 'Web Operations levels, entry level first' }).getByRole('listitem');
  const principal = rungs.nth(3);
  await expect(principal.getByRole('link').first()).toHaveText('Principal Engineer');
  await expect(principal).toContainText('Advances to Lead Engineer or Manager Web Operations');
  await expect(principal).toContainText('To be defined');
});

test('previous-level links lead back down from Lead Engineer to Trainee/Intern', async ({ page }) => {
  await openLevelFromHome(page, 'Lead Engineer');
  for (const title of [...path].reverse().slice(1)) {
    await page.getByRole('navigation', { name: 'Previous level' }).getByRole('link').first().click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(title);
  }
  await expect(page.getByRole('navigation', { name: 'Previous level' })).toHaveCount(0);
});

test('each level page has breadcrumbs, a compact ladder marking it, a title and a description', async ({ page }) => {
  await openLevelFromHome(page, 'Senior Engineer');
  const crumbs = page.getByRole('navigation', { name: 'Breadcrumb' });
  await expect(crumbs.getByRole('link')).toHaveText(['Home', 'Web Operations']);
  await expect(page.getByRole('complementary').getByRole('link', { name: 'Senior Engineer' })).toHaveAttribute('aria-current', 'page');
  await expect(page).toHaveTitle('Senior Engineer · Web Operations · Career Ladder');
  await expect(page.locator('meta[name="description"]')).toHaveAttribute(
    'content',
    'You are familiar with current industry practices and therefore can work independently as necessary.',
  );
});

test('the track page works and draws the ladder in rank order', async ({ page }) => {
  await page.goto('web-operations/');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Web Operations');
  const rungs = page.getByRole('list', { name: 'Web Operations levels, entry level first' }).getByRole('listitem');
  await expect(rungs).toHaveCount(path.length);
  for (const [index, title] of path.entries()) await expect(rungs.nth(index).getByRole('link').first()).toHaveText(title);
});

test('an unknown address shows the 404 page with a way home and to every track', async ({ page, baseURL }) => {
  const response = await page.goto('no-such-level/');
  expect(response?.status()).toBe(404);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Page not found');
  await expect(page.getByRole('link', { name: "career ladder's home page" })).toHaveAttribute('href', new URL(baseURL!).pathname);
  await expect(page.getByRole('main').getByRole('link', { name: 'Web Operations' })).toBeVisible();
  await expect(page.getByRole('main').getByRole('link', { name: 'Management' })).toBeVisible();
});

test('every page opens without errors, and every internal link stays under the base path', async ({ page, baseURL }) => {
  const base = new URL(baseURL!).pathname;
  const queue = [base];
  const seen = new Set<string>();
  while (queue.length > 0) {
    const pathname = queue.shift()!;
    if (seen.has(pathname)) continue;
    seen.add(pathname);
    const response = await page.goto(new URL(pathname, baseURL).href);
    expect(response?.status(), pathname).toBe(200);
    const hrefs = await page.locator('a[href]').evaluateAll((links) => links.map((link) => link.getAttribute('href')!));
    for (const href of hrefs) {
      if (href.startsWith('#')) continue;
      expect(href.startsWith(base), `${href} on ${pathname}`).toBe(true);
      queue.push(href.split('#')[0]!);
    }
  }
  expect([...seen].length).toBeGreaterThanOrEqual(8);
});

test('a level without sections (the seed) has no "On this page" list and loads no script or stylesheet for one', async ({ page }) => {
  await openLevelFromHome(page, 'Principal Engineer');
  await expect(page.getByRole('navigation', { name: 'On this page' })).toHaveCount(0);
  await expect(page.locator('[data-on-this-page]')).toHaveCount(0);
  await expect(page.locator('script[src*="OnThisPage"], link[href*="on-this-page"]')).toHaveCount(0);
  await expect(page.locator('.level-text').locator('h2, h3, h4')).toHaveCount(0);
});
