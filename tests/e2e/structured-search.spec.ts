import type { Page } from '@playwright/test';
import { expect, test } from '../support/test.ts';

// Runs in the `structured` project: the long fixture ladder with sections and nested bullets.

const dialog = (page: Page) => page.getByRole('dialog', { name: 'Search the ladder' });
/** One link per level: the level at its best place. */
const results = (page: Page) => dialog(page).getByRole('list', { name: 'Search results' }).locator('a.result-link');
const status = (page: Page) => dialog(page).getByRole('status');

async function searchFromHeader(page: Page, query: string) {
  await page.goto('./');
  await page.getByRole('searchbox', { name: 'Search the ladder' }).first().click();
  await dialog(page).getByRole('searchbox').fill(query);
}

/** Each result's link, without the highlight terms: where the first result of each level opens. */
const resultLinks = (page: Page) => results(page).evaluateAll((links) => links.map((link) => link.getAttribute('href')!.replace(/\?[^#]*/, '')));

test('a match inside a bullet names the level and its section, and opens that bullet highlighted', async ({ page }) => {
  await searchFromHeader(page, 'alongside');
  await expect(results(page)).toHaveCount(1);
  await expect(results(page).locator('.result-title')).toHaveText('Senior Software Engineer › Code quality');
  await results(page).click();
  await expect(page).toHaveURL(/\/engineering\/l3\/.*#code-quality-/);
  const target = page.locator(':target');
  await expect(target).toHaveJSProperty('tagName', 'LI');
  await expect(target).toContainText('schedule its repayment alongside feature work');
  await expect(target.locator('mark.pagefind-highlight')).toHaveText(['alongside']);
});

test('"on-call", "on call" and "oncall" find the same places, marking "on-call" and never a lone "on"', async ({ page }) => {
  await searchFromHeader(page, 'on-call');
  await expect(status(page)).toHaveText('6 results for “on-call”.');
  const expected = await resultLinks(page);
  expect(expected[0]).toBe('/engineering/l3/#on-call');
  for (const query of ['on call', 'oncall', 'On-Call', 'who is on call?']) {
    await dialog(page).getByRole('searchbox').fill(query);
    await expect(status(page)).toContainText('6 results for “');
    expect(await resultLinks(page)).toEqual(expected);
    for (const mark of await dialog(page).locator('mark').allInnerTexts()) expect(mark.toLowerCase()).toMatch(/^on-call/);
  }
  await results(page).first().click();
  await expect(page.locator(':target')).toHaveText(/On-call/);
  // The highlights are added after the page loads: read them once they are there.
  await expect(page.locator(':target mark.pagefind-highlight').first()).toBeVisible();
  const marks = await page.locator('mark.pagefind-highlight').allInnerTexts();
  expect(marks.length).toBeGreaterThan(1);
  for (const mark of marks) expect(mark.toLowerCase()).toBe('on-call');
});

test('"self study" finds every "self-study"', async ({ page }) => {
  await searchFromHeader(page, 'self study');
  await expect(status(page)).toHaveText('6 results for “self-study”.');
  for (const mark of await dialog(page).locator('mark').allInnerTexts()) expect(mark).toMatch(/^self-study/);
});

test('a hyphenated word with a capital or a single letter is found as written: "X-ray", "end-to-end"', async ({ page }) => {
  await searchFromHeader(page, 'X-ray');
  await expect(status(page)).toHaveText('4 results for “X-ray”.');
  await expect(results(page).first().locator('mark')).toHaveText(['X-ray']);
  await dialog(page).getByRole('searchbox').fill('end-to-end');
  await expect(status(page)).toHaveText('5 results for “end-to-end”.');
  await expect(results(page).first().locator('mark')).toHaveText(['end-to-end']);
  await dialog(page).getByRole('searchbox').fill('end to end environments');
  await expect(status(page)).toHaveText(/results? for “end-to-end environments”\.$/);
  expect((await resultLinks(page))[0]).toBe('/engineering/l6/#testing-engineers-at-this-level-are-expected');
});

test('a word that merely starts with a word of the ladder ("caretaker" → "care") finds nothing', async ({ page }) => {
  // Pagefind answers a word it does not know with the longest indexed word that starts it: "care".
  await searchFromHeader(page, 'caretaker');
  await expect(status(page)).toHaveText(/^No results for “caretaker”/);
  await expect(results(page)).toHaveCount(0);
  // "career" is a word of the ladder: it finds those levels, and marks "career", never "care".
  await dialog(page).getByRole('searchbox').fill('career');
  await expect(status(page)).toHaveText(/^\d results? for “career”/);
  for (const mark of await dialog(page).locator('mark').allInnerTexts()) expect(mark.toLowerCase()).toMatch(/^career/);
});

test('a level lists up to three matching places, each at its own id with its section, and "n more in this level" shows the rest', async ({ page }) => {
  await searchFromHeader(page, 'code review');
  const first = dialog(page).getByRole('list', { name: 'Search results' }).getByRole('listitem').first();
  const title = (await first.locator('.result-title').innerText()).split(' › ')[0]!;
  const places = first.getByRole('list', { name: `More places in ${title}` });
  await expect(places.getByRole('link')).toHaveCount(2);
  for (const section of await places.locator('.place-section').allInnerTexts()) expect(section.length).toBeGreaterThan(0);
  const more = first.getByRole('button', { name: /^\d+ more in this level$/ });
  await expect(more).toHaveAttribute('aria-expanded', 'false');
  const hidden = Number((await more.innerText()).split(' ')[0]);
  await more.click();
  await expect(places.getByRole('link')).toHaveCount(2 + hidden);
  await expect(places.getByRole('link').nth(2)).toBeFocused();
  await expect(more).toBeHidden();
  // Every place links to a distinct paragraph, bullet or heading of the level.
  const hrefs = await first.getByRole('link').evaluateAll((links) => links.map((link) => link.getAttribute('href')!.replace(/^.*#/, '')));
  expect(new Set(hrefs).size).toBe(hrefs.length);
  const target = hrefs[3]!;
  await places.getByRole('link').nth(2).click();
  await expect(page.locator(':target')).toHaveAttribute('id', target);
  await expect(page.locator(':target mark.pagefind-highlight').first()).toBeVisible();
});

test('the keyboard reaches every place and the "more" button', async ({ page }) => {
  await searchFromHeader(page, 'code review');
  await expect(results(page).first()).toBeVisible();
  await dialog(page).getByRole('searchbox').press('ArrowDown');
  await expect(results(page).first()).toBeFocused();
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('ArrowDown');
  const more = dialog(page).getByRole('button', { name: /more in this level$/ }).first();
  await expect(more).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(dialog(page).getByRole('list', { name: /^More places in/ }).first().getByRole('link').nth(2)).toBeFocused();
});

test('a typo suggests the closest word of the ladder: "blamless" → "blameless"', async ({ page }) => {
  await searchFromHeader(page, 'blamless');
  await expect(status(page)).toHaveText('No results for “blamless”. Did you mean blameless?');
  await status(page).getByRole('button', { name: 'blameless' }).click();
  await expect(status(page)).toHaveText('1 result for “blameless”.');
  expect(await resultLinks(page)).toEqual(['/engineering/l3/#on-call-writes-blameless-incident-summaries-that-other']);
});
