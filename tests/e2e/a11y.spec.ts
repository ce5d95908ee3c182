import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { expect, test } from '../support/test.ts';
import { builtPages } from '../support/site-pages.ts';

/** WCAG 2.0, 2.1 and 2.2, levels A and AA: what the site promises. */
const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];
/** Link texts that say nothing out of context. */
const VAGUE_LINK_TEXT = /^(click here|here|more|read more|link|this page)$/i;

/** axe's findings on the open page, one readable line per element. */
async function violations(page: Page): Promise<string[]> {
  const results = await new AxeBuilder({ page }).withTags(WCAG_TAGS).analyze();
  return results.violations.flatMap((violation) =>
    violation.nodes.map((node) => `${page.url()}: ${violation.id} (${violation.help}) at ${node.target.join(' ')}`),
  );
}

for (const theme of ['light', 'dark'] as const) {
  test(`every page of the site passes the WCAG 2.2 A/AA checks in the ${theme} theme`, async ({ page, distDir }) => {
    const pages = builtPages(distDir);
    test.setTimeout(30_000 + pages.length * 3_000);
    await page.emulateMedia({ colorScheme: theme });
    const found: string[] = [];
    for (const path of pages) {
      await page.goto(path);
      await expect(page.locator('html')).toHaveAttribute('data-theme', theme);
      found.push(...(await violations(page)));
    }
    expect(pages.length).toBeGreaterThanOrEqual(9);
    expect(found).toEqual([]);
  });
}

test('the theme toggle itself passes the WCAG checks after switching themes', async ({ page }) => {
  await page.goto('web-operations/principal/');
  await page.getByRole('button', { name: 'Dark theme' }).click();
  expect(await violations(page)).toEqual([]);
  await page.getByRole('button', { name: 'Dark theme' }).click();
  expect(await violations(page)).toEqual([]);
});

test('every page has one h1, the four landmarks, a skip link and link texts that make sense alone', async ({ page, distDir }) => {
  const pages = builtPages(distDir);
  test.setTimeout(30_000 + pages.length * 1_000);
  for (const path of pages) {
    await page.goto(path);
    await expect(page.locator('html'), path).toHaveAttribute('lang', 'en');
    await expect(page.getByRole('heading', { level: 1 }), path).toHaveCount(1);
    await expect(page.getByRole('banner'), path).toHaveCount(1);
    await expect(page.getByRole('main'), path).toHaveCount(1);
    await expect(page.getByRole('contentinfo'), path).toHaveCount(1);
    await expect(page.getByRole('navigation', { name: 'Tracks' }), path).toHaveCount(1);
    await expect(page.getByRole('link', { name: 'Skip to content' }), path).toHaveAttribute('href', '#main');
    // axe checks that every link has a name; this checks that the names say where they lead.
    const names = await page
      .getByRole('link')
      .evaluateAll((links) => links.map((link) => (link.getAttribute('aria-label') ?? link.textContent ?? '').trim()));
    for (const name of names) expect(name, `a link on ${path}`).not.toMatch(VAGUE_LINK_TEXT);
  }
});

test('the header marks the track being read: the page itself on its track page, the section on its levels', async ({ page }) => {
  const tracks = page.getByRole('navigation', { name: 'Tracks' });
  await page.goto('web-operations/');
  await expect(tracks.getByRole('link', { name: 'Web Operations' })).toHaveAttribute('aria-current', 'page');
  await expect(tracks.getByRole('link', { name: 'Management' })).not.toHaveAttribute('aria-current');
  await page.goto('web-operations/senior/');
  await expect(tracks.getByRole('link', { name: 'Web Operations' })).toHaveAttribute('aria-current', 'true');
  await page.goto('./');
  await expect(page.getByRole('banner').getByRole('link', { name: 'Career Ladder' })).toHaveAttribute('aria-current', 'page');
  await expect(tracks.getByRole('link', { name: 'Web Operations' })).not.toHaveAttribute('aria-current');
});
