import type { Page } from '@playwright/test';
import { expect, test } from '../support/test.ts';
import { builtPages } from '../support/site-pages.ts';
import { TRACK_PAGE_NAMES } from '../../src/lib/urls.ts';

/** Level pages are the built pages two folders deep, `track/level/`, other than the track's own pages (`track/all/`, …). */
const isLevelPage = (path: string) => /^[^/]+\/([^/]+)\/$/.test(path) && !(TRACK_PAGE_NAMES as readonly string[]).includes(path.split('/')[1]!);

/** The path of the focused element's link, or undefined when focus is not on a link. */
async function focusedHref(page: Page): Promise<string | undefined> {
  return page.evaluate(() => {
    const active = document.activeElement;
    return active instanceof HTMLAnchorElement ? new URL(active.href).pathname : undefined;
  });
}

/**
 * Presses Tab until the link to `pathname` has focus, at most once round the page.
 * Returns false when no link to it can be reached by Tab.
 */
async function tabTo(page: Page, pathname: string): Promise<boolean> {
  const stops = await page.locator('a[href], button, input, select, textarea, [tabindex]').count();
  for (let press = 0; press <= stops + 1; press++) {
    await page.keyboard.press('Tab');
    if ((await focusedHref(page)) === pathname) return true;
  }
  return false;
}

test('every level can be reached from home with Tab and Enter alone, with focus visible on the way', async ({ page, baseURL, distDir }) => {
  const levels = builtPages(distDir).filter(isLevelPage);
  test.setTimeout(30_000 + levels.length * 5_000);
  expect(levels.length).toBeGreaterThanOrEqual(5);
  for (const level of levels) {
    const target = new URL(level, baseURL).pathname;
    const track = target.replace(/[^/]+\/$/, '');
    await page.goto('./');
    // From home straight to the level, or, when home lists only the tracks, through its track page.
    if (!(await tabTo(page, target))) {
      expect(await tabTo(page, track), `a link to ${track} on home`).toBe(true);
      await page.keyboard.press('Enter');
      await page.waitForURL(`**${track}`);
      expect(await tabTo(page, target), `a link to ${target} on ${track}`).toBe(true);
    }
    const outline = await page.evaluate(() => getComputedStyle(document.activeElement!).outlineStyle);
    expect(outline, `focus ring on the link to ${target}`).not.toBe('none');
    await page.keyboard.press('Enter');
    await page.waitForURL(`**${target}`);
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  }
});

test('the skip link is the first Tab stop, shows itself, and moves focus past the header', async ({ page }) => {
  await page.goto('web-operations/senior/');
  await page.keyboard.press('Tab');
  const skip = page.getByRole('link', { name: 'Skip to content' });
  await expect(skip).toBeFocused();
  await expect(skip).toBeInViewport();
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/#main$/);
  await page.keyboard.press('Tab');
  // The next stop is inside the page's content, not the header's navigation.
  expect(await page.evaluate(() => document.activeElement?.closest('main') !== null)).toBe(true);
});

test('the theme toggle works from the keyboard', async ({ page }) => {
  await page.emulateMedia({ colorScheme: 'light' });
  await page.goto('./');
  const toggle = page.getByRole('button', { name: 'Dark theme' });
  await toggle.focus();
  await page.keyboard.press('Enter');
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
  await page.keyboard.press('Space');
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'light');
});
