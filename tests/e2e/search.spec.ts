import type { Page } from '@playwright/test';
import { expect, test } from '../support/test.ts';

// Runs in both Playwright projects: the site at the root and the site under /ladder/.

/** The header's search dialog. */
const dialog = (page: Page) => page.getByRole('dialog', { name: 'Search the ladder' });

/** The result links in a search panel (one per level, at its best place), each named by the level, where it sits and the excerpt. */
const results = (page: Page) => dialog(page).getByRole('list', { name: 'Search results' }).locator('a.result-link');

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
  await dialog(page).getByRole('searchbox').fill('who provides technical direction?');
  await expect(dialog(page).getByRole('status')).toHaveText('1 result for “provides technical direction” (searched without “who”).');
});

test('a word the ladder never uses finds nothing, instead of every level with a word it starts like ("on-call" → "on")', async ({ page }) => {
  // The shipped ladder never says "on-call": before, each form found three levels with "on" marked.
  await searchFromHeader(page, 'on-call');
  for (const query of ['on-call', 'on call', 'oncall', 'who handles on-call?']) {
    await dialog(page).getByRole('searchbox').fill(query);
    await expect(dialog(page).getByRole('status')).toHaveText(/^No results for “(on-call|call|oncall)”/);
    await expect(results(page)).toHaveCount(0);
  }
});

test('"Linux" finds Junior Engineer', async ({ page }) => {
  await searchFromHeader(page, 'Linux');
  await expect(results(page)).toHaveCount(1);
  expect(await resultTitles(page)).toEqual(['Junior Engineer']);
});

test('"self-study", "self study" and "selfstudy" all find the self-study of Senior Engineer, and mark only it', async ({ page }) => {
  await searchFromHeader(page, 'self-study');
  for (const query of ['self-study', 'self study', 'selfstudy']) {
    await dialog(page).getByRole('searchbox').fill(query);
    // (A query of one word is searched as typed: Pagefind indexed "self-study" as "selfstudy" too.)
    await expect(dialog(page).getByRole('status')).toHaveText(/^1 result for “self-?study”\.$/);
    expect(await resultTitles(page)).toEqual(['Senior Engineer']);
    await expect(results(page).locator('mark')).toHaveText(['self-study']);
    await expect(results(page)).toHaveAttribute('href', /#you-have-excellent-teamwork-skills-and$/);
  }
  await results(page).click();
  await expect(page.locator('#you-have-excellent-teamwork-skills-and mark.pagefind-highlight')).toHaveText('self-study');
});

test('a result marks only what matched: no stop word, no word that merely starts like a searched one', async ({ page }) => {
  await searchFromHeader(page, 'who owns mentoring?');
  await expect(results(page)).toHaveCount(2);
  for (const mark of await results(page).locator('mark').allInnerTexts()) expect(mark).toMatch(/^mentor/i);
  await results(page).filter({ hasText: 'Senior Engineer' }).click();
  // On the level page too: "mentoring", not the "to" or "who" around it.
  await expect(page.locator('mark.pagefind-highlight')).toHaveText(['mentoring']);
});

test('a typo finds nothing but suggests the closest word of the ladder, which runs at a click', async ({ page }) => {
  await searchFromHeader(page, 'mentro');
  const status = dialog(page).getByRole('status');
  await expect(status).toHaveText('No results for “mentro”. Did you mean mentor?');
  await status.getByRole('button', { name: 'mentor' }).click();
  await expect(dialog(page).getByRole('searchbox')).toHaveValue('mentor');
  await expect(dialog(page).getByRole('searchbox')).toBeFocused();
  await expect(status).toHaveText('2 results for “mentor”.');
  // The vocabulary is fetched for a query that found nothing, and only then.
  await dialog(page).getByRole('searchbox').fill('profitabilty');
  await expect(status).toHaveText('No results for “profitabilty”. Did you mean profitability?');
  await dialog(page).getByRole('searchbox').press('Enter');
  await expect(status).toHaveText('1 result for “profitability”.');
});

test('the vocabulary for suggestions is fetched only when a query finds nothing', async ({ page }) => {
  const fetched: string[] = [];
  page.on('request', (request) => fetched.push(new URL(request.url()).pathname));
  await searchFromHeader(page, 'mentoring');
  await expect(results(page)).toHaveCount(2);
  expect(fetched.filter((url) => /vocabulary|compounds/.test(url))).toEqual([]);
  await dialog(page).getByRole('searchbox').fill('xylophonic');
  await expect(dialog(page).getByRole('status')).toHaveText(/^No results for “xylophonic”/);
  await expect.poll(() => fetched.some((url) => url.endsWith('/pagefind/vocabulary.json'))).toBe(true);
});

test('a result lists the other places of its level, each at its own paragraph', async ({ page }) => {
  // Principal Engineer says "project" in two paragraphs.
  await searchFromHeader(page, 'projects');
  const principal = dialog(page).getByRole('listitem').filter({ has: page.locator('a.result-link', { hasText: 'Principal Engineer' }) });
  const places = principal.getByRole('list', { name: 'More places in Principal Engineer' }).getByRole('link');
  await expect(places).toHaveCount(1);
  const hrefs = await principal.getByRole('link').evaluateAll((links) => links.map((link) => link.getAttribute('href')!.replace(/^.*#/, '')));
  expect(hrefs.sort()).toEqual(['you-are-a-strong-technical-project', 'you-have-consistently-had-major-success']);
  const target = (await places.getAttribute('href'))!.replace(/^.*#/, '');
  await places.click();
  await expect(page.locator(':target')).toHaveAttribute('id', target);
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

test.describe('on a phone', () => {
  test.use({ viewport: { width: 390, height: 700 }, hasTouch: true, isMobile: true });

  test('the dialog shows no keyboard hints, and the field and results stay in view with the on-screen keyboard open', async ({ page }) => {
    await page.goto('./');
    await page.getByRole('searchbox', { name: 'Search the ladder' }).first().tap();
    await expect(dialog(page)).toBeVisible();
    await expect(dialog(page).getByText('Use the arrow keys')).toBeHidden();
    await expect(dialog(page).getByRole('searchbox')).not.toHaveAttribute('aria-describedby');
    await expect(dialog(page).getByRole('button', { name: 'Close' })).toBeVisible();
    await expect(dialog(page).getByText('(Esc)')).toBeHidden();
    await dialog(page).getByRole('searchbox').fill('team');
    await expect(results(page).first()).toBeVisible();
    // The on-screen keyboard leaves the top 300 pixels: the dialog shrinks to them.
    await page.setViewportSize({ width: 390, height: 300 });
    const box = await dialog(page).boundingBox();
    expect(box!.y + box!.height).toBeLessThanOrEqual(300);
    await expect(dialog(page).getByRole('searchbox')).toBeInViewport();
    await expect(results(page).first()).toBeInViewport();
    // The results scroll within the dialog; the field stays put.
    await results(page).last().scrollIntoViewIfNeeded();
    await expect(results(page).last()).toBeInViewport();
    await expect(dialog(page).getByRole('searchbox')).toBeInViewport();
  });
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
