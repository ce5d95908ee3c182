import type { Locator, Page } from '@playwright/test';
import { STRUCTURED_MATRIX_ROWS } from '../support/structured-ladder.ts';
import { expect, test } from '../support/test.ts';

// Runs in the `structured` project: six levels sharing `##` sections and `###` sub-sections;
// L3 alone has "Delivery › Incidents › On-call", L5 and L6 alone "Strategy".

const LEVELS = ['Software Engineer I', 'Software Engineer II', 'Senior Software Engineer', 'Staff Engineer', 'Senior Staff Engineer', 'Principal Engineer'];

const matrix = (page: Page) => page.getByRole('table', { name: 'Software Engineering: each section, level by level' });
const region = (page: Page) => page.getByRole('region', { name: 'Software Engineering: each section, level by level' });
const row = (page: Page, name: string) => matrix(page).locator(':scope > tbody > tr').filter({ has: page.getByRole('rowheader', { name, exact: true }) });
/** A row's cells, one per level (not the cells of a table inside a level's text). */
const cells = (page: Page, name: string) => row(page, name).locator(':scope > td');

test.describe('the competency matrix', () => {
  test('is linked from the track page and from each level page', async ({ page }) => {
    await page.goto('engineering/');
    await page.getByRole('link', { name: 'Competency matrix' }).click();
    await expect(page).toHaveURL(/\/engineering\/matrix\/$/);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Software Engineering: competency matrix');
    await page.goto('engineering/l4/');
    await page.getByRole('navigation', { name: 'Compare and read the track' }).getByRole('link', { name: 'Competency matrix of Software Engineering' }).click();
    await expect(page).toHaveURL(/\/engineering\/matrix\/$/);
  });

  test('has a column per level in rank order and a row per section in ladder order, sub-sections under their parent', async ({ page }) => {
    await page.goto('engineering/matrix/');
    // The matrix's own headers: a level's text may hold a table of its own.
    await expect(matrix(page).locator(':scope > thead > tr > th[scope=col]')).toHaveText(['Section', ...LEVELS]);
    await expect(matrix(page).locator(':scope > tbody > tr > th[scope=row]')).toHaveText(STRUCTURED_MATRIX_ROWS);
    // Each cell is that level's text for the section.
    const ownership = cells(page, 'Ownership');
    await expect(ownership).toHaveCount(LEVELS.length);
    await expect(ownership.nth(2)).toContainText('A Senior Software Engineer owns a meaningful part of the team');
    await expect(ownership.nth(2)).not.toContainText('Seniors are the main technical point of contact');
  });

  test('marks the cells of levels that lack a section, for eyes and screen readers', async ({ page }) => {
    await page.goto('engineering/matrix/');
    const strategy = cells(page, 'Strategy');
    for (const [index, title] of LEVELS.slice(0, 4).entries()) {
      await expect(strategy.nth(index)).toHaveText(new RegExp(`^\\s*—\\s*Not part of ${title}\\s*$`));
      await expect(strategy.nth(index).getByText('—')).toBeVisible();
    }
    await expect(strategy.nth(4)).toContainText("Strategy is where a Senior Staff Engineer's impact is most visible");
    const onCall = cells(page, 'Delivery › Incidents › On-call');
    await expect(onCall.nth(2)).toContainText('Seniors make on-call sustainable');
    await expect(onCall.nth(3)).toHaveText(/^\s*—\s*Not part of Staff Engineer\s*$/);
  });

  test("keeps ids unique and every expectation's copy-link pointing at it on its level page", async ({ page }) => {
    await page.goto('engineering/matrix/');
    const ids = await page.locator('main [id]').evaluateAll((elements) => elements.map((element) => element.id));
    expect(new Set(ids).size).toBe(ids.length);
    const cell = cells(page, 'Ownership').nth(2);
    const bullet = cell.getByRole('listitem').first();
    await expect(bullet).toHaveAttribute('id', /^l3--ownership-/);
    const id = (await bullet.getAttribute('id'))!.slice('l3--'.length);
    await expect(bullet.locator('a.copy-link').first()).toHaveAttribute('href', `/engineering/l3/#${id}`);
    const hrefs = await matrix(page).locator('a.copy-link').evaluateAll((links) => links.map((link) => link.getAttribute('href')));
    expect(hrefs.length).toBeGreaterThan(100);
    for (const href of hrefs) expect(href).toMatch(/^\/engineering\/l[1-6]\/#[^/]+$/);
    // The link leads to the expectation on the level's page.
    await page.goto(`engineering/l3/#${id}`);
    await expect(page.locator(':target')).toHaveAttribute('id', id);
  });

  for (const viewport of [
    { width: 320, height: 640 },
    { width: 1280, height: 800 },
  ]) {
    test(`scrolls sideways in its own labelled region, section names staying in view (${viewport.width}px wide)`, async ({ page }) => {
      await page.setViewportSize(viewport);
      await page.goto('engineering/matrix/');
      const scroller = region(page);
      await expect(scroller).toHaveAttribute('tabindex', '0');
      const sizes = await page.evaluate(() => ({ page: document.documentElement.scrollWidth, viewport: document.documentElement.clientWidth }));
      expect(sizes.page).toBeLessThanOrEqual(sizes.viewport);
      const { scrollWidth, clientWidth } = await scroller.evaluate((element) => ({ scrollWidth: element.scrollWidth, clientWidth: element.clientWidth }));
      expect(scrollWidth).toBeGreaterThan(clientWidth);

      const name = matrix(page).getByRole('rowheader', { name: 'Ownership', exact: true });
      const before = (await name.boundingBox())!;
      const firstCell = cells(page, 'Ownership').first();
      const cellBefore = (await firstCell.boundingBox())!;
      // From the keyboard: focus the region, then scroll it with the arrow keys.
      await scroller.focus();
      for (let press = 0; press < 10; press++) await page.keyboard.press('ArrowRight');
      await expect.poll(() => scroller.evaluate((element) => element.scrollLeft)).toBeGreaterThan(100);
      const after = (await name.boundingBox())!;
      const cellAfter = (await firstCell.boundingBox())!;
      expect(cellAfter.x).toBeLessThan(cellBefore.x - 100);
      expect(Math.abs(after.x - before.x)).toBeLessThan(1);
      // Still no sideways scroll of the page itself.
      expect(await page.evaluate(() => document.documentElement.scrollWidth <= document.documentElement.clientWidth)).toBe(true);
    });
  }

  test('prints every level on the sheet, wrapped, nothing sticky or scrolling', async ({ page }) => {
    await page.goto('engineering/matrix/');
    await page.emulateMedia({ media: 'print' });
    const styles = await matrix(page).locator(':scope > tbody > tr > th').first().evaluate((element) => getComputedStyle(element).position);
    expect(styles).toBe('static');
    expect(await region(page).evaluate((element) => getComputedStyle(element).overflowX)).toBe('visible');
    expect(await matrix(page).evaluate((element) => getComputedStyle(element).tableLayout)).toBe('fixed');
  });
});

test.describe('comparing two structured levels', () => {
  /** The compare row of a section, found by its title. */
  const sectionRow = (page: Page, name: string): Locator =>
    page.locator('.compare-row').filter({ has: page.getByRole('heading', { name, exact: true }) });

  test('lines up a section of both levels in one row', async ({ page }) => {
    await page.setViewportSize({ width: 1280, height: 900 });
    await page.goto('engineering/compare/l2...l3/');
    const ownership = sectionRow(page, 'Ownership');
    await expect(ownership).toHaveCount(1);
    await expect(ownership.getByRole('heading', { name: 'Ownership' })).toHaveJSProperty('tagName', 'H2');
    const [a, b] = [ownership.locator('.compare-a'), ownership.locator('.compare-b')];
    await expect(a).toContainText('Software Engineer II owns');
    await expect(a).not.toContainText('Senior Software Engineer owns');
    await expect(b).toContainText('A Senior Software Engineer owns a meaningful part');
    await expect(ownership).not.toContainText('Only in');
    const [boxA, boxB] = [(await a.boundingBox())!, (await b.boundingBox())!];
    expect(boxB.x).toBeGreaterThan(boxA.x + boxA.width);
    expect(Math.abs(boxB.y - boxA.y)).toBeLessThan(1);
    // Sub-sections too, as headings one step deeper.
    await expect(sectionRow(page, 'Testing').getByRole('heading', { name: 'Testing' })).toHaveJSProperty('tagName', 'H3');
    await expect(sectionRow(page, 'On-call')).toContainText('Only in Senior Software Engineer');
  });

  test('marks a section only one level has instead of leaving a blank', async ({ page }) => {
    await page.setViewportSize({ width: 1280, height: 900 });
    await page.goto('engineering/compare/l4...l5/');
    const strategy = sectionRow(page, 'Strategy');
    await expect(strategy).toContainText('Only in Senior Staff Engineer');
    await expect(strategy.locator('.compare-a')).toHaveText(/^\s*—\s*Not part of Staff Engineer\s*$/);
    await expect(strategy.locator('.compare-b')).toContainText("Strategy is where a Senior Staff Engineer's impact is most visible");
    await page.goto('engineering/compare/l5...l6/');
    await expect(sectionRow(page, 'Strategy')).not.toContainText('Only in');
  });

  for (const [name, setUp] of [
    ['on a phone', (page: Page) => page.setViewportSize({ width: 390, height: 800 })],
    ['in print', (page: Page) => page.emulateMedia({ media: 'print' })],
  ] as const) {
    test(`shows one section at a time ${name}, both levels' text under it, each labelled`, async ({ page }) => {
      await setUp(page);
      await page.goto('engineering/compare/l4...l5/');
      const ownership = sectionRow(page, 'Ownership');
      const title = (await ownership.getByRole('heading', { name: 'Ownership' }).boundingBox())!;
      const [a, b] = [(await ownership.locator('.compare-a').boundingBox())!, (await ownership.locator('.compare-b').boundingBox())!];
      expect(a.y).toBeGreaterThan(title.y);
      expect(b.y).toBeGreaterThanOrEqual(a.y + a.height - 1);
      await expect(ownership.locator('.compare-a .compare-label')).toBeVisible();
      await expect(ownership.locator('.compare-a .compare-label')).toHaveText('Staff Engineer');
      await expect(ownership.locator('.compare-b .compare-label')).toHaveText('Senior Staff Engineer');
      // A side without the section is not a labelled blank: the section says whose it is.
      const strategy = sectionRow(page, 'Strategy');
      await expect(strategy.locator('.compare-missing')).toBeHidden();
      await expect(strategy.getByText('Only in Senior Staff Engineer')).toBeVisible();
    });
  }

  test("the track's compare page lines sections up the same way, from levels.json", async ({ page }) => {
    await page.goto('engineering/compare/?a=l4&b=l5');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Staff Engineer → Senior Staff Engineer');
    await expect(sectionRow(page, 'Strategy')).toContainText('Only in Senior Staff Engineer');
    await expect(sectionRow(page, 'Ownership').locator('.compare-b')).toContainText('A Senior Staff Engineer owns outcomes');
  });
});
