import type { Page } from '@playwright/test';
import { expect, test } from '../support/test.ts';
import { THEME_SCRIPT } from '../../src/browser/theme-script.ts';

const html = (page: Page) => page.locator('html');
/** The page's background colour as the reader sees it. */
const background = (page: Page) => page.evaluate(() => getComputedStyle(document.body).backgroundColor);

test('the site follows the system theme while the reader has not picked one', async ({ page }) => {
  await page.emulateMedia({ colorScheme: 'dark' });
  await page.goto('./');
  await expect(html(page)).toHaveAttribute('data-theme', 'dark');
  const dark = await background(page);
  await expect(page.getByRole('button', { name: 'Dark theme' })).toHaveAttribute('aria-pressed', 'true');
  // A change of the system theme while the page is open is followed too.
  await page.emulateMedia({ colorScheme: 'light' });
  await expect(html(page)).toHaveAttribute('data-theme', 'light');
  await expect(page.getByRole('button', { name: 'Dark theme' })).toHaveAttribute('aria-pressed', 'false');
  expect(await background(page)).not.toBe(dark);
});

test('the toggle switches the theme, and the choice survives a reload and other pages', async ({ page }) => {
  await page.emulateMedia({ colorScheme: 'light' });
  await page.goto('./');
  const light = await background(page);
  const toggle = page.getByRole('button', { name: 'Dark theme' });
  await expect(toggle).toHaveAttribute('aria-pressed', 'false');
  await toggle.click();
  await expect(html(page)).toHaveAttribute('data-theme', 'dark');
  await expect(toggle).toHaveAttribute('aria-pressed', 'true');
  expect(await background(page)).not.toBe(light);

  await page.reload();
  await expect(html(page)).toHaveAttribute('data-theme', 'dark');
  await page.goto('web-operations/principal/');
  await expect(html(page)).toHaveAttribute('data-theme', 'dark');
  await expect(page.getByRole('button', { name: 'Dark theme' })).toHaveAttribute('aria-pressed', 'true');

  // The reader's choice wins over the system's, both ways.
  await page.getByRole('button', { name: 'Dark theme' }).click();
  await page.emulateMedia({ colorScheme: 'dark' });
  await page.reload();
  await expect(html(page)).toHaveAttribute('data-theme', 'light');
  expect(await background(page)).toBe(light);
});

test('"Auto" appears once a theme is picked and goes back to following the system', async ({ page }) => {
  await page.emulateMedia({ colorScheme: 'dark' });
  await page.goto('./');
  const auto = page.getByRole('button', { name: /^Auto/ });
  await expect(auto).toBeHidden();
  await page.getByRole('button', { name: 'Dark theme' }).click();
  await expect(html(page)).toHaveAttribute('data-theme', 'light');
  await expect(auto).toBeVisible();
  await auto.click();
  await expect(html(page)).toHaveAttribute('data-theme', 'dark');
  await expect(auto).toBeHidden();
  expect(await page.evaluate(() => localStorage.getItem('theme'))).toBeNull();
  await page.emulateMedia({ colorScheme: 'light' });
  await expect(html(page)).toHaveAttribute('data-theme', 'light');
});

test('a saved theme is in place before the first frame is painted, with no flash of the other one', async ({ page }) => {
  await page.emulateMedia({ colorScheme: 'light' });
  await page.goto('./');
  await page.evaluate(() => localStorage.setItem('theme', 'dark'));
  // Runs before any of the page's scripts; a requestAnimationFrame callback runs just before a frame is painted.
  await page.addInitScript(() => {
    const record = window as unknown as { themeAtFirstFrame?: string | null };
    requestAnimationFrame(() => {
      record.themeAtFirstFrame = document.documentElement.getAttribute('data-theme');
    });
  });
  await page.goto('web-operations/senior/');
  await expect.poll(() => page.evaluate(() => (window as unknown as { themeAtFirstFrame?: string }).themeAtFirstFrame)).toBe('dark');
});

test('the theme is set by a classic script in the head, exactly the text a CSP hash is made from', async ({ request }) => {
  const source = await (await request.get('web-operations/senior/')).text();
  const head = source.slice(0, source.indexOf('<body'));
  const script = /<script>([\s\S]*?)<\/script>/.exec(head);
  expect(script, 'an inline script without type/async/defer in <head>').not.toBeNull();
  expect(script![1]).toBe(THEME_SCRIPT);
});

test('without JavaScript the site follows the system theme and hides the toggle that could not work', async ({ browser, baseURL }) => {
  const context = await browser.newContext({ javaScriptEnabled: false, colorScheme: 'dark', baseURL: baseURL! });
  const page = await context.newPage();
  await page.goto('./');
  await expect(html(page)).not.toHaveAttribute('data-theme');
  const dark = await background(page);
  await expect(page.getByRole('button', { name: 'Dark theme' })).toBeHidden();
  await page.emulateMedia({ colorScheme: 'light' });
  expect(await background(page)).not.toBe(dark);
  await context.close();
});

test('with reduced motion asked for, the toggle does not animate', async ({ page }) => {
  await page.emulateMedia({ reducedMotion: 'reduce' });
  await page.goto('./');
  const duration = await page
    .getByRole('button', { name: 'Dark theme' })
    .locator('.icon')
    .evaluate((icon) => getComputedStyle(icon).transitionDuration);
  expect(duration).toBe('0s');
});

test('a printed level is light and without the header controls, even when the dark theme was chosen', async ({ page }) => {
  await page.emulateMedia({ colorScheme: 'dark' });
  await page.goto('web-operations/senior/');
  await expect(html(page)).toHaveAttribute('data-theme', 'dark');
  await page.emulateMedia({ media: 'print' });
  expect(await background(page)).toBe('rgb(255, 255, 255)');
  await expect(page.getByRole('button', { name: 'Dark theme' })).toBeHidden();
  await expect(page.locator('.level-text')).toBeVisible();
});

test('readers who ask for more contrast get full-strength secondary text', async ({ page }) => {
  await page.goto('web-operations/senior/');
  const muted = () => page.locator('.breadcrumbs span[aria-current]').evaluate((crumb) => getComputedStyle(crumb).color);
  const body = () => page.evaluate(() => getComputedStyle(document.body).color);
  expect(await muted()).not.toBe(await body());
  await page.emulateMedia({ contrast: 'more' });
  expect(await muted()).toBe(await body());
});
