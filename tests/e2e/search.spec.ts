import type { Page } from '@playwright/test';
import { expect, test } from '../support/test.ts';

// Runs in both Playwright projects: the site at the root and the site under /ladder/.

/** The header's search dialog. */
const dialog = (page: Page) => page.getByRole('dialog', { name: 'Search the ladder' });

/** The result links in a search panel, each named by the level, where it sits and the excerpt. */
const results = (page: Page) => dialog(page).getByRole('list', { name: 'Search results' }).getByRole('link');

/** Opens the header search on a page and types a query. */
async function searchFromHeader(page: Page, query: string, from = './') {
  await page.goto(from);
  await page.getByRole('searchbox', { name: 'Search the ladder' }).first().click();
  await expect(dialog(page)).toBeVisible();
  await dialog(page).getByRole('searchbox').fill(query);
}

/** Titles of the levels in the results, in order. */
async function resultTitles(page: Page): Promise<string[]> {
  await expect(dialog(page).getByRole('status')).not.toBeEmpty();
  return results(page).locator('.result-title').allInnerTexts();
}

test('"mentoring" finds Senior Engineer and Principal Engineer', async ({ page }) => {
  await searchFromHeader(page, 'mentoring');
  await expect(results(page).first()).toBeVisible();
  expect((await resultTitles(page)).sort()).toEqual(['Principal Engineer', 'Senior Engineer']);
  await expect(results(page).first().locator('mark').first()).toHaveText(/mentoring/i);
  await expect(results(page).filter({ hasText: 'Senior Engineer' })).toContainText('Web Operations · Level 3');
});

test('a question is searched by its topic: "who owns mentoring?" finds the levels about mentoring', async ({ page }) => {
  await searchFromHeader(page, 'who owns mentoring?');
  await expect(dialog(page).getByRole('status')).toHaveText('2 results for “mentoring” (searched without “who”, “owns”).');
  expect((await resultTitles(page)).sort()).toEqual(['Principal Engineer', 'Senior Engineer']);
  await expect(results(page).first().locator('mark').first()).toHaveText(/mentoring/i);
  // "who" is in Principal Engineer's text: searched as typed, the question would find that level only.
  await dialog(page).getByRole('searchbox').fill('who handles on-call?');
  await expect(dialog(page).getByRole('status')).toHaveText('3 results for “on-call” (searched without “who”, “handles”).');
});

test('"Linux" finds Junior Engineer', async ({ page }) => {
  await searchFromHeader(page, 'Linux');
  await expect(results(page)).toHaveCount(1);
  expect(await resultTitles(page)).toEqual(['Junior Engineer']);
});

test('"self-study" finds Senior Engineer', async ({ page }) => {
  await searchFromHeader(page, 'self-study');
  await expect(results(page).first()).toBeVisible();
  expect(await resultTitles(page)).toContain('Senior Engineer');
});

test('a word the ladder never uses says there are no results for it', async ({ page }) => {
  await searchFromHeader(page, 'xylophonic');
  await expect(dialog(page).getByRole('status')).toHaveText(/No results for “xylophonic”/);
  await expect(results(page)).toHaveCount(0);
});

test('only the levels’ own text is searched, not navigation or levels still to be defined', async ({ page }) => {
  // "Career" is in every page's header and title and heads "Career advancement" on level pages,
  // all outside the levels' text.
  await searchFromHeader(page, 'career');
  await expect(dialog(page).getByRole('status')).toHaveText(/No results for “career”/);
  // "manager" is in two levels' text; the Manager level itself has no text yet.
  await dialog(page).getByRole('searchbox').fill('manager');
  await expect(dialog(page).getByRole('status')).toHaveText('2 results for “manager”.');
  expect((await resultTitles(page)).sort()).toEqual(['Principal Engineer', 'Senior Engineer']);
});

test('a word that merely starts like a common one ("tomato", "to") finds nothing', async ({ page }) => {
  await searchFromHeader(page, 'tomato');
  await expect(dialog(page).getByRole('status')).toHaveText(/No results for “tomato”/);
});

test('every result link stays under the site’s base path', async ({ page, baseURL }) => {
  await searchFromHeader(page, 'mentoring');
  await expect(results(page).first()).toBeVisible();
  const base = new URL(baseURL!).pathname;
  for (const href of await results(page).evaluateAll((links) => links.map((link) => link.getAttribute('href')!))) {
    expect(href.startsWith(`${base}web-operations/`), href).toBe(true);
  }
});

test('clicking a result opens the level at the matching paragraph with the words highlighted', async ({ page }) => {
  await searchFromHeader(page, 'mentoring');
  await results(page).filter({ hasText: 'Senior Engineer' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Senior Engineer');
  expect(page.url()).toContain('#you-have-excellent-teamwork-skills-and');
  const paragraph = page.locator('#you-have-excellent-teamwork-skills-and');
  await expect(paragraph.locator('mark.pagefind-highlight')).toHaveText('mentoring');
  await expect(paragraph).toBeInViewport();
});

test('the keyboard path works: "/", type, arrow down, Enter', async ({ page }) => {
  await page.goto('web-operations/trainee/');
  await page.keyboard.press('/');
  await expect(dialog(page).getByRole('searchbox')).toBeFocused();
  await page.keyboard.type('Linux');
  await expect(dialog(page).getByRole('status')).toHaveText('1 result for “Linux”.');
  await page.keyboard.press('ArrowDown');
  await expect(results(page).first()).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Junior Engineer');
  await expect(page.locator('mark.pagefind-highlight').first()).toHaveText('Linux');
});

test('what is typed while the search code is still loading is kept', async ({ page }) => {
  // A slow network: the dialog's code arrives well after the user has started typing.
  await page.route(/search-dialog-[^/]*\.js$/, async (route) => {
    await new Promise((resolve) => setTimeout(resolve, 700));
    await route.continue();
  });
  await page.goto('web-operations/trainee/');
  await page.keyboard.press('/');
  await page.keyboard.type('mentoring');
  await expect(dialog(page).getByRole('searchbox')).toHaveValue('mentoring');
  await expect(dialog(page).getByRole('searchbox')).toBeFocused();
  await expect(dialog(page).getByRole('status')).toContainText('“mentoring”');
});

test('Ctrl+K opens search and Escape closes it, back to where the user was', async ({ page }) => {
  await page.goto('./');
  await page.keyboard.press('Control+k');
  await expect(dialog(page)).toBeVisible();
  await expect(dialog(page).getByRole('searchbox')).toBeFocused();
  await page.keyboard.type('mentoring');
  await expect(dialog(page).getByRole('status')).toHaveText('2 results for “mentoring”.');
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('ArrowDown');
  await expect(results(page).nth(1)).toBeFocused();
  await page.keyboard.press('ArrowUp');
  await page.keyboard.press('ArrowUp');
  await expect(dialog(page).getByRole('searchbox')).toBeFocused();
  await page.keyboard.press('Escape');
  await expect(dialog(page)).toBeHidden();
  // Opened from nowhere in particular, focus lands on the header's search field.
  await expect(page.getByRole('searchbox', { name: 'Search the ladder' })).toBeFocused();
});

test('the search page runs the query from its address and keeps the address in step', async ({ page }) => {
  await page.goto('search/?q=mentoring');
  const panel = page.getByRole('main');
  await expect(panel.getByRole('searchbox')).toHaveValue('mentoring');
  await expect(panel.getByRole('status')).toHaveText('2 results for “mentoring”.');
  await panel.getByRole('searchbox').fill('Linux');
  await expect(panel.getByRole('status')).toHaveText('1 result for “Linux”.');
  await expect(page).toHaveURL(/\/search\/\?q=Linux$/);
  await expect(page).toHaveTitle(/^“Linux” · Search/);
  // Enter in the field opens the first result.
  await panel.getByRole('searchbox').press('Enter');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Junior Engineer');
});

test('filtering to one level narrows the results', async ({ page }) => {
  await page.goto('search/?q=mentoring');
  const panel = page.getByRole('main');
  await expect(panel.getByRole('status')).toHaveText('2 results for “mentoring”.');
  const levelMenu = panel.getByRole('combobox', { name: 'Level' });
  // The menu fills from the index when the user reaches for it.
  await levelMenu.focus();
  await expect(levelMenu.getByRole('option')).toHaveText(['All levels', 'Junior Engineer', 'Lead Engineer', 'Principal Engineer', 'Senior Engineer', 'Trainee/Intern']);
  await levelMenu.selectOption('Principal Engineer');
  await expect(panel.getByRole('status')).toHaveText('1 result for “mentoring”.');
  await expect(panel.getByRole('list', { name: 'Search results' }).getByRole('link')).toContainText(['Principal Engineer']);
  // The filter is part of the address, so the narrowed search can be shared as it is.
  await expect(page).toHaveURL(/\?q=mentoring&level=Principal\+Engineer$/);
  await page.reload();
  await expect(panel.getByRole('combobox', { name: 'Level' })).toHaveValue('Principal Engineer');
  await expect(panel.getByRole('status')).toHaveText('1 result for “mentoring”.');
});

test('a plain level page view requests no search code or index', async ({ page }) => {
  const requested: string[] = [];
  page.on('request', (request) => requested.push(request.url()));
  await page.goto('web-operations/senior/');
  await page.waitForLoadState('networkidle');
  expect(requested.filter((url) => /pagefind|search/i.test(url))).toEqual([]);
  // Reaching for search is what loads it.
  await page.getByRole('searchbox', { name: 'Search the ladder' }).first().focus();
  await expect.poll(() => requested.some((url) => /search-dialog/.test(url))).toBe(true);
});

test('search shifts nothing on the page, neither as the page loads nor as results arrive', async ({ page }) => {
  await page.goto('web-operations/senior/');
  await page.evaluate(() => {
    const win = window as unknown as { shift: number };
    win.shift = 0;
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries() as unknown as { value: number }[]) win.shift += entry.value;
    }).observe({ type: 'layout-shift', buffered: true });
  });
  await page.keyboard.press('/');
  await page.keyboard.type('mentoring');
  await expect(dialog(page).getByRole('status')).toHaveText('2 results for “mentoring”.');
  await page.keyboard.press('Escape');
  expect(await page.evaluate(() => (window as unknown as { shift: number }).shift)).toBe(0);
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('the header search is a form that leads to the search page, which lists the levels', async ({ page }) => {
    await page.goto('web-operations/senior/');
    await page.getByRole('searchbox', { name: 'Search the ladder' }).first().fill('mentoring');
    await page.getByRole('searchbox', { name: 'Search the ladder' }).first().press('Enter');
    await expect(page).toHaveURL(/\/search\/\?q=mentoring$/);
    await expect(page.getByText('Search needs JavaScript')).toBeVisible();
    await page.getByRole('link', { name: 'Junior Engineer', exact: true }).click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Junior Engineer');
  });
});
